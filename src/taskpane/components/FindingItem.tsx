/**
 * One finding: cell, severity (icon and text), the rule's short name, the goal (its title line) and the
 * column, and the message; where the fix is certain, *Korjaa* with old → new (and *Korjaa kaikki* for the
 * same fix elsewhere). Expanding shows the rule's docs and *Ohita* with an optional reason. The card of
 * the cell selected in the sheet is marked (`aria-current`) and scrolled into view. In the list the message
 * takes one line (its whole text is the button's name and its tooltip); the selected or expanded card
 * shows it whole.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  tokens,
  createFocusOutlineStyle,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../domain";
import { findingMessage } from "../../domain";
import { useSession, useSessionState } from "../context";
import { ruleTitle } from "../findings";
import type { Translator } from "../strings";
import type { ButtonRef, FindingHandler, KeyHandler } from "../types";
import { ChevronIcon, SeverityIcon } from "../icons";
import { CARD_TEXT, SEVERITY_TOKENS } from "../theme";
import { RuleDoc } from "./RuleDoc";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
  },
  // The card of the cell selected in the sheet.
  selected: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
  main: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    // Fluent's focus ring is an ::after box around the nearest positioned element: this button.
    position: "relative",
    ...createFocusOutlineStyle(),
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Hover },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  severity: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  warning: { color: tokens[SEVERITY_TOKENS.warning] },
  info: { color: tokens[SEVERITY_TOKENS.info] },
  place: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  rule: { color: tokens.colorNeutralForeground2, maxWidth: "100%", ...CARD_TEXT.oneLine },
  message: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  // One line in the list, so that five cards fit a 626 px pane; the selected or expanded card shows it all.
  compact: CARD_TEXT.oneLine,
  context: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, ...CARD_TEXT.oneLine },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
  fix: { minWidth: 0, maxWidth: "100%" },
  fixText: CARD_TEXT.oneLine,
  ignore: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
  },
  ignoreRow: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalXS },
  reason: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** `Enn2!H10`, `Enn2, rivi 4`, or `työkirja`. */
export function placeText(f: Finding, t: Translator): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  if (f.sheet && f.row !== null) return `${f.sheet}, ${t("rowPlace", { row: f.row })}`;
  return f.sheet ?? t("workbookPlace");
}

export interface FindingItemProps {
  finding: Finding;
  itemKey: string;
  docId: string;
  tabbable: boolean;
  active: boolean;
  expanded: boolean;
  t: Translator;
  mainRef: ButtonRef;
  onActivate: FindingHandler;
  onToggle: KeyHandler;
  onFocusItem: KeyHandler;
}

/** *Ohita* with an optional reason, saved in the workbook for every reviewer. */
function IgnoreForm({ finding, place, t }: { finding: Finding; place: string; t: Translator }) {
  const styles = useStyles();
  const session = useSession();
  const { task } = useSessionState();
  const [reason, setReason] = useState("");
  return (
    <div className={styles.ignore}>
      <div className={styles.ignoreRow}>
        <Field className={styles.reason} label={t("ignoreReason")} size="small">
          <Input size="small" value={reason} onChange={(_, data) => setReason(data.value)} />
        </Field>
        <Button
          size="small"
          disabled={task !== null}
          aria-label={t("ignoreLabel", { place })}
          onClick={() => void session.ignore(finding, reason)}
        >
          {t("ignore")}
        </Button>
      </div>
      <span className={styles.hint}>{t("ignoreHint")}</span>
    </div>
  );
}

export function FindingItem(props: FindingItemProps) {
  const { finding: f, itemKey, docId, tabbable, active, expanded, t } = props;
  const styles = useStyles();
  const session = useSession();
  const { details, selectedFindingKey, report } = useSessionState();
  const title = ruleTitle(f.rule, t.lang);
  const tabIndex = tabbable ? 0 : -1;
  const place = placeText(f, t);
  const message = findingMessage(f, t.lang);
  const detail = details[itemKey];
  const context = [detail?.goal, detail?.column].filter(Boolean).join(" · ");
  const fix = detail?.fix ?? null;
  // Counted again with each report (a fix or a re-check changes it).
  const fixAll = fix && report ? session.fixAllCount(f) : 0;
  const selected = selectedFindingKey === itemKey;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // The card of a cell selected in the sheet comes into view (jsdom has no scrollIntoView).
    if (selected) item.current?.scrollIntoView?.({ block: "nearest" });
  }, [selected]);
  return (
    <li
      ref={item}
      className={mergeClasses(styles.item, selected && styles.selected)}
      data-finding={itemKey}
      aria-current={selected ? "true" : undefined}
    >
      <div className={styles.row}>
        <button
          type="button"
          ref={props.mainRef}
          tabIndex={tabIndex}
          className={mergeClasses(styles.main, active && styles.active)}
          onClick={() => props.onActivate(f)}
          onFocus={() => props.onFocusItem(itemKey)}
        >
          {/* The spaces between the parts keep the button's accessible name readable. */}
          <span className={styles.head}>
            <span className={mergeClasses(styles.severity, styles[f.severity])}>
              <SeverityIcon severity={f.severity} />
              {t.severity(f.severity)}
            </span>{" "}
            <span className={styles.place}>{place}</span>{" "}
            <span className={styles.rule} title={title}>
              {title}
            </span>
          </span>{" "}
          {context && (
            <>
              <span className={styles.context} title={context}>
                {context}
              </span>{" "}
            </>
          )}
          <span
            className={mergeClasses(styles.message, !selected && !expanded && styles.compact)}
            title={message}
          >
            {message}
          </span>
        </button>
        <Button
          appearance="subtle"
          size="small"
          tabIndex={tabIndex}
          icon={<ChevronIcon open={expanded} />}
          aria-expanded={expanded}
          aria-controls={expanded ? docId : undefined}
          aria-label={t(expanded ? "hideDoc" : "showDoc", { title, place })}
          onClick={() => props.onToggle(itemKey)}
          onFocus={() => props.onFocusItem(itemKey)}
        />
      </div>
      {fix && (
        <div className={styles.actions}>
          <Button
            className={styles.fix}
            size="small"
            tabIndex={tabIndex}
            title={t("fixButton", { ...fix })}
            aria-label={t("fixButtonLabel", { place, ...fix })}
            onClick={() => void session.fix(f)}
            onFocus={() => props.onFocusItem(itemKey)}
          >
            <span className={styles.fixText}>{t("fixButton", { ...fix })}</span>
          </Button>
          {fixAll > 1 && (
            <Button
              size="small"
              appearance="subtle"
              tabIndex={tabIndex}
              aria-label={t("fixAllLabel", { n: fixAll, ...fix })}
              onClick={() => void session.fix(f, true)}
              onFocus={() => props.onFocusItem(itemKey)}
            >
              {t("fixAll", { n: fixAll })}
            </Button>
          )}
        </div>
      )}
      {expanded && (
        <>
          <RuleDoc id={docId} ruleId={f.rule} t={t} />
          <IgnoreForm finding={f} place={place} t={t} />
        </>
      )}
    </li>
  );
}
