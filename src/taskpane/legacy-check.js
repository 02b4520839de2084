/*
 * Plain ES5, copied to dist/ as is: it must run in the old engines it detects. Excel 2016/2019 with a volume
 * licence show add-ins in Internet Explorer's engine (Trident) or in the first Edge (EdgeHTML); neither can run
 * the app bundle, which would leave a blank pane. Here the pane shows which Excel versions it needs instead,
 * and removes the element the app renders into, so the app does not start.
 */
(function () {
  var userAgent = window.navigator.userAgent;
  var isTrident = Boolean(document.documentMode) || /Trident\//.test(userAgent);
  var isEdgeHtml = /\bEdge\/\d/.test(userAgent);
  if (!isTrident && !isEdgeHtml) return;
  var root = document.getElementById("root");
  if (root) root.parentNode.removeChild(root);
  document.getElementById("unsupported-host").style.display = "block";
})();
