/**
 * The schema in use, and a JSON file to load instead of the built-in one (under Ylläpito). A refused file
 * is explained in the user's language: a file that is not JSON in words only (the browser's parser text is
 * English and technical); a file that is not a valid schema with the schema's own localised problems
 * (SchemaError.localizedMessage) as secondary text.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useSession, useSessionState, useT } from "../context";
import { readFileText } from "../files";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  detail: { overflowWrap: "anywhere" },
  file: { display: "none" },
});

export function SchemaSetting() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { schemaInfo, schemaProblem } = useSessionState();
  const input = useRef<HTMLInputElement>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setUnreadable(file.name);
      return;
    }
    setUnreadable(null);
    await session.loadSchemaText(text, file.name);
    if (input.current) input.current.value = ""; // the same file can be chosen again after fixing it
  };

  return (
    <section className={styles.section} aria-labelledby="sitova-schema">
      <h4 id="sitova-schema" className={styles.heading}>
        <Subtitle2>{t("schemaHeading")}</Subtitle2>
      </h4>
      <Body1>{t("schemaHint")}</Body1>
      <Body1>
        {schemaInfo.name === null
          ? t("schemaBuiltin", { version: schemaInfo.version })
          : t("schemaCustom", { name: schemaInfo.name, version: schemaInfo.version })}
      </Body1>
      {unreadable && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("schemaUnreadable", { name: unreadable })}</MessageBarBody>
        </MessageBar>
      )}
      {schemaProblem && !unreadable && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.message}>
            {t(schemaProblem.kind === "json" ? "schemaJson" : "schemaInvalid", { name: schemaProblem.file })}
            {schemaProblem.kind === "schema" && (
              <Caption1 className={styles.detail}>{schemaProblem.detail}</Caption1>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className={styles.file}
        aria-label={t("schemaLoad")}
        tabIndex={-1}
        onChange={(event) => void onFile(event.currentTarget.files?.[0])}
      />
      <div className={styles.actions}>
        <Button onClick={() => input.current?.click()}>{t("schemaLoad")}</Button>
        {schemaInfo.name !== null && (
          <Button onClick={() => void session.resetSchema()}>{t("schemaReset")}</Button>
        )}
      </div>
    </section>
  );
}
