/**
 * The pane's edges for popovers. Fluent positions a popover within the viewport; the playground's viewport
 * is wider than its pane, and in a narrow pane (200 % zoom) a popover must neither stick out nor make the
 * pane scroll sideways. So popovers take the pane's root as their overflow boundary and size themselves
 * to fit it (`autoSize`, Fluent's maxSize middleware).
 */
import type { PositioningShorthand } from "@fluentui/react-components";
import { createContext, useContext } from "react";

export const PaneBoundaryContext = createContext<HTMLElement | null>(null);

/** Below its button, end-aligned, kept inside the pane with a small margin. */
export function usePanePositioning(
  position: "below-end" | "below-start" = "below-end",
): PositioningShorthand {
  const boundary = useContext(PaneBoundaryContext);
  const [side, align] = position.split("-") as ["below", "end" | "start"];
  return {
    position: side,
    align,
    autoSize: true,
    overflowBoundary: boundary,
    overflowBoundaryPadding: 4,
  };
}
