/** A failure the user can act on: one line in their language, exit status 2, no stack trace. */
export class UserFacingError extends Error {}
