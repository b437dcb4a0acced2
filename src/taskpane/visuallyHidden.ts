import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Style for text that is read by screen readers but not shown (the page title Office already shows,
 * the live regions): spread into a makeStyles slot. Pattern: https://www.a11yproject.com/posts/how-to-hide-content/
 */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};
