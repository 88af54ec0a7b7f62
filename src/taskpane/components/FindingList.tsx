/**
 * The findings grouped by sheet, then severity, under small headings so that the cards get the height.
 * Keyboard: Fluent's arrow navigation group (Tabster's mover, `useArrowNavigationGroup`) makes the list one
 * tab stop that remembers its last card; up and down arrows move between cards (by their place on screen,
 * `grid-linear`), left and right between a card's buttons. Enter (or a click) selects the cell. The focused and
 * expanded cards are remembered by a key that survives re-checks, so a live update keeps them, and the
 * scroll container is never replaced.
 *
 * The card itself is FindingItem. At 320 × 626 px at least five cards must be fully in view after Tarkista
 * on the sample (tests/e2e/paneLayout.e2e.ts), so a card's text is kept short: see CARD_TEXT in theme.ts.
 */
import { makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { SheetGroup } from "../findings";
import { displayOrder, findingKey } from "../findings";
import type { Translator } from "../strings";
import type { FindingHandler } from "../types";
import { SeverityIcon } from "../icons";
import { SEVERITY_TOKENS, VISUALLY_HIDDEN } from "../theme";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  help: VISUALLY_HIDDEN,
  sheet: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  severity: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  warning: { color: tokens[SEVERITY_TOKENS.warning] },
  info: { color: tokens[SEVERITY_TOKENS.info] },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 0 },
});

export interface FindingListProps {
  groups: SheetGroup[];
  t: Translator;
  onActivate: FindingHandler;
}

export function FindingList({ groups, t, onActivate }: FindingListProps) {
  const styles = useStyles();
  const baseId = useId();
  const arrowNavigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const order = useMemo(() => displayOrder(groups), [groups]);
  const keys = useMemo(() => order.map(findingKey), [order]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const lastIndex = useRef(0);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const container = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);

  // The active card, or the one now at its place when it went away (fixed on a live update).
  const activeIndex =
    activeKey !== null && keys.includes(activeKey)
      ? keys.indexOf(activeKey)
      : Math.min(lastIndex.current, keys.length - 1);
  const current = activeIndex >= 0 ? keys[activeIndex] : null;
  lastIndex.current = Math.max(0, activeIndex);

  // Focus stays in the list when the focused finding disappears after a re-check.
  useLayoutEffect(() => {
    const root = container.current;
    if (!root || !hadFocus.current || !current) return;
    if (!root.contains(document.activeElement)) buttons.current.get(current)?.focus();
  }, [current, keys]);

  const toggle = useCallback((key: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const helpId = `${baseId}-help`;
  return (
    <div
      ref={container}
      className={styles.root}
      role="group"
      aria-label={t("findingsLabel")}
      aria-describedby={helpId}
      {...arrowNavigation}
      onFocus={() => (hadFocus.current = true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) hadFocus.current = false;
      }}
    >
      <span id={helpId} className={styles.help}>
        {t("listHelp")}
      </span>
      {groups.map((group, g) => {
        const sheetId = `${baseId}-s${g}`;
        const sheetName = group.sheet ?? t("workbookGroup");
        return (
          <section key={group.sheet ?? ""} aria-labelledby={sheetId}>
            <h3 id={sheetId} className={styles.sheet}>
              {sheetName}
            </h3>
            {group.severities.map(({ severity, findings }) => {
              const label = t("groupCount", { label: t(`sevGroup_${severity}`), n: findings.length });
              return (
                <div key={severity}>
                  <h4 className={`${styles.severity} ${styles[severity]}`}>
                    <SeverityIcon severity={severity} />
                    {label}
                  </h4>
                  <ul className={styles.list} aria-label={`${sheetName}: ${label}`}>
                    {findings.map((finding) => {
                      const key = findingKey(finding);
                      return (
                        <FindingItem
                          key={key}
                          finding={finding}
                          itemKey={key}
                          docId={`${baseId}-doc-${keys.indexOf(key)}`}
                          // Every card is tabbable; the arrow navigation group makes the list one tab stop.
                          tabbable
                          active={key === activeKey}
                          expanded={expanded.has(key)}
                          t={t}
                          mainRef={(element) => {
                            if (element) buttons.current.set(key, element);
                            else buttons.current.delete(key);
                          }}
                          onActivate={(f) => {
                            setActiveKey(key);
                            onActivate(f);
                          }}
                          onToggle={toggle}
                          onFocusItem={setActiveKey}
                        />
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
