/** A module of its own, so that the dark theme is a chunk the pane loads only for Office's dark themes. */
export { webDarkTheme } from "@fluentui/react-components";
