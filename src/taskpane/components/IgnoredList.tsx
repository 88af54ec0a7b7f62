/**
 * For the pane's layout (13C): place under the findings list, inside its scrolling part. The findings
 * reviewers ignored (saved in the workbook, so every reviewer sees them), collapsed: each with its place,
 * rule, goal and reason, and *Palauta* to count it again. Nothing shows when none is ignored.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findingMessage } from "../../domain";
import { useSession, useSessionState, useT } from "../context";
import { ruleTitle } from "../findings";
import { placeText } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    listStyleType: "none",
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  text: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  place: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function IgnoredList() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { ignored, task } = useSessionState();
  if (ignored.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="ignored">
        <AccordionHeader size="small">{t("ignoredHeading", { n: ignored.length })}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {ignored.map(({ finding, record }) => {
              const place = placeText(finding, t);
              return (
                <li key={`${place}|${finding.rule}`} className={styles.item}>
                  <span className={styles.text}>
                    <span>
                      <span className={styles.place}>{place}</span> {ruleTitle(finding.rule, t.lang)}
                    </span>
                    {record.goal && <span className={styles.secondary}>{record.goal}</span>}
                    <span className={styles.secondary}>{findingMessage(finding, t.lang)}</span>
                    <span>
                      {record.reason ? t("ignoredReason", { reason: record.reason }) : t("ignoredNoReason")}
                    </span>
                  </span>
                  <Button
                    size="small"
                    disabled={task !== null}
                    aria-label={t("restoreIgnoredLabel", { place })}
                    onClick={() => void session.restoreIgnored(record)}
                  >
                    {t("restoreIgnored")}
                  </Button>
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
