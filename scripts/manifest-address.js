/** Rewrites the development address in manifest.xml to the address the add-in is published at. */

const DEV_ADDRESS = "https://localhost:3000";

/**
 * The published address as it goes into the manifest: https only (Office refuses anything else), no query or
 * fragment, no trailing slash. Throws with a message naming the problem.
 */
function normalisePublicAddress(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${address}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must start with https:// (got "${address}")`);
  if (url.search || url.hash) throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment: "${address}"`);
  const normalised = (url.origin + url.pathname).replace(/\/+$/, "");
  // The address lands inside XML attributes; these characters would need escaping and never occur in real hosts.
  if (/[&<>"']/.test(normalised))
    throw new Error(`ADDIN_PUBLIC_URL contains a character not allowed here: "${address}"`);
  return normalised;
}

/** The manifest with every occurrence of the development address replaced by the published one. */
function withPublicAddress(manifestXml, publicAddress) {
  return manifestXml.split(DEV_ADDRESS).join(normalisePublicAddress(publicAddress));
}

module.exports = { DEV_ADDRESS, normalisePublicAddress, withPublicAddress };
