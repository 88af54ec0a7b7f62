/**
 * The findings grouped by sheet, then severity. One item is in the tab order at a time (roving tabindex):
 * arrows move between items, Home/End go to the first and last, Enter (or a click) selects the cell,
 * Right/Left arrow open and close the explanation. The focused and expanded items are remembered by a
 * key that survives re-checks, so a live update keeps them, and the scroll container is never replaced.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { SheetGroup } from "../findings";
import { displayOrder, findingKey } from "../findings";
import type { Translator } from "../strings";
import type { FindingHandler } from "../types";
import { SeverityIcon } from "../icons";
import { SEVERITY_TOKENS, VISUALLY_HIDDEN } from "../theme";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  help: VISUALLY_HIDDEN,
  sheet: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  severity: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  warning: { color: tokens[SEVERITY_TOKENS.warning] },
  info: { color: tokens[SEVERITY_TOKENS.info] },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface FindingListProps {
  groups: SheetGroup[];
  t: Translator;
  onActivate: FindingHandler;
}

const NAV_KEYS = new Set(["ArrowDown", "ArrowUp", "Home", "End", "ArrowRight", "ArrowLeft"]);

export function FindingList({ groups, t, onActivate }: FindingListProps) {
  const styles = useStyles();
  const baseId = useId();
  const order = useMemo(() => displayOrder(groups), [groups]);
  const keys = useMemo(() => order.map(findingKey), [order]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const lastIndex = useRef(0);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const container = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);

  // The active item, or the one now at its place when it went away (fixed on a live update).
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

  const focusKey = useCallback((key: string) => {
    setActiveKey(key);
    buttons.current.get(key)?.focus();
  }, []);

  const toggle = useCallback((key: string, open?: boolean) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (open ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!NAV_KEYS.has(event.key) || current === null || event.altKey || event.ctrlKey || event.metaKey)
      return;
    event.preventDefault();
    const last = keys.length - 1;
    switch (event.key) {
      case "ArrowDown":
        return focusKey(keys[Math.min(activeIndex + 1, last)]);
      case "ArrowUp":
        return focusKey(keys[Math.max(activeIndex - 1, 0)]);
      case "Home":
        return focusKey(keys[0]);
      case "End":
        return focusKey(keys[last]);
      case "ArrowRight":
        return toggle(current, true);
      case "ArrowLeft":
        toggle(current, false);
        return focusKey(current);
    }
  };

  const helpId = `${baseId}-help`;
  return (
    <div
      ref={container}
      className={styles.root}
      role="group"
      aria-label={t("findingsLabel")}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
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
                          tabbable={key === current}
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
                          onToggle={(k) => toggle(k)}
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
