/** A rule's explanation and how to fix it: the same text as docs/rules (the rule's own docs). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ruleById } from "../../domain";
import type { Translator } from "../strings";

const useStyles = makeStyles({
  root: {
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  detail: { margin: 0 },
});

export function RuleDoc({ id, ruleId, t }: { id: string; ruleId: string; t: Translator }) {
  const styles = useStyles();
  const doc = ruleById(ruleId)?.docs[t.lang];
  if (!doc) return null;
  const parts: [string, string][] = [
    [t("docWhat"), doc.description],
    [t("docWhy"), doc.rationale],
    [t("docExample"), doc.example],
    [t("docFix"), doc.fix],
  ];
  return (
    <dl id={id} className={styles.root} aria-label={doc.title}>
      {parts.map(([term, text]) => (
        <div key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
