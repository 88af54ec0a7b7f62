/** Input rules for officials: install Excel's data validation on the goal tables, or remove exactly it. */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { InputRulesOutcome } from "../../app/session";
import type { InputRuleRange } from "../../excel/inputRules";
import { useSession, useSessionState, useT } from "../context";
import type { Translator } from "../strings";
import { NoTable } from "./EmptyState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const rangeList = (ranges: InputRuleRange[]) => ranges.map((r) => `${r.sheet}!${r.address}`).join(", ");

function Outcome({ outcome, t }: { outcome: InputRulesOutcome; t: Translator }) {
  if ("noTable" in outcome)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("inputNoTable")}</MessageBarBody>
      </MessageBar>
    );
  if (outcome.action === "install") {
    const { ranges, cells, skipped } = outcome.result;
    return (
      <MessageBar intent={skipped.length ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          {t("inputInstalled", { ranges, cells })}
          {skipped.length > 0 && ` ${t("inputSkipped", { list: rangeList(skipped) })}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { ranges, kept } = outcome.result;
  return (
    <MessageBar intent={kept.length ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        {t("inputRemoved", { ranges })}
        {kept.length > 0 && ` ${t("inputKept", { list: rangeList(kept) })}`}
      </MessageBarBody>
    </MessageBar>
  );
}

export function InputRulesView() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { inputRules, task, schema } = useSessionState();
  const busy = task === "inputRules";
  return (
    <div className={styles.root}>
      <Body1>{t("inputIntro")}</Body1>
      <Body1>{t("inputCount", { n: inputRules.installed })}</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => void session.installInputRules()}
        >
          {t("inputInstall")}
        </Button>
        <Button
          disabledFocusable={busy || inputRules.installed === 0}
          onClick={() => void session.removeInputRules()}
        >
          {t("inputRemove")}
        </Button>
        {busy && <Spinner size="extra-tiny" label={t("inputBusy")} />}
      </div>
      <div aria-live="polite">{inputRules.last && !busy && <Outcome outcome={inputRules.last} t={t} />}</div>
      {inputRules.last && "noTable" in inputRules.last && <NoTable schema={schema} t={t} />}
    </div>
  );
}
