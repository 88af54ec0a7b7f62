/** One finding: cell, severity (icon and text), the rule's short name and the message; expandable docs. */
import {
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  createFocusOutlineStyle,
} from "@fluentui/react-components";
import type { Finding } from "../../domain";
import { findingMessage } from "../../domain";
import { ruleTitle } from "../findings";
import type { Translator } from "../strings";
import type { ButtonRef, FindingHandler, KeyHandler } from "../types";
import { ChevronIcon, SeverityIcon } from "../icons";
import { SEVERITY_TOKENS } from "../theme";
import { RuleDoc } from "./RuleDoc";

const useStyles = makeStyles({
  item: { listStyleType: "none", margin: 0, padding: 0 },
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
  rule: { color: tokens.colorNeutralForeground2 },
  message: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
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

export function FindingItem(props: FindingItemProps) {
  const { finding: f, itemKey, docId, tabbable, active, expanded, t } = props;
  const styles = useStyles();
  const title = ruleTitle(f.rule, t.lang);
  const tabIndex = tabbable ? 0 : -1;
  return (
    <li className={styles.item} data-finding={itemKey}>
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
            <span className={styles.place}>{placeText(f, t)}</span>{" "}
            <span className={styles.rule}>{title}</span>
          </span>{" "}
          <span className={styles.message}>{findingMessage(f, t.lang)}</span>
        </button>
        <Button
          appearance="subtle"
          size="small"
          tabIndex={tabIndex}
          icon={<ChevronIcon open={expanded} />}
          aria-expanded={expanded}
          aria-controls={expanded ? docId : undefined}
          aria-label={t(expanded ? "hideDoc" : "showDoc", { title, place: placeText(f, t) })}
          onClick={() => props.onToggle(itemKey)}
          onFocus={() => props.onFocusItem(itemKey)}
        />
      </div>
      {expanded && <RuleDoc id={docId} ruleId={f.rule} t={t} />}
    </li>
  );
}
