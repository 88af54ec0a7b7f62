/** Empty states that tell the user what to do next. */
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Schema } from "../../domain";
import { FIELD_IDS, HEADER_SEARCH_ROWS } from "../../domain";
import type { Translator } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    color: tokens.colorNeutralForeground1,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function EmptyState({
  title,
  children,
  headingLevel = 3,
}: {
  title: string;
  children?: React.ReactNode;
  headingLevel?: 2 | 3;
}) {
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={styles.root}>
      <Heading style={{ margin: 0 }}>
        <Subtitle2>{title}</Subtitle2>
      </Heading>
      {children}
    </div>
  );
}

/** The schema's headers: the first spelling of each field, and the forecast pattern. */
export function headersSought(schema: Schema): { fields: string[]; forecast: string } {
  return {
    fields: FIELD_IDS.map((id) => schema.fields[id].headers[0]),
    forecast: (schema.forecast.headers[0] ?? "Ennuste {round}/{year}")
      .replace("{round}", "n")
      .replace("{year}", "yyyy"),
  };
}

export function NoTable({ schema, t }: { schema: Schema; t: Translator }) {
  const styles = useStyles();
  const { fields, forecast } = headersSought(schema);
  return (
    <EmptyState title={t("noTableTitle")}>
      <Body1>{t("noTableBody", { rows: HEADER_SEARCH_ROWS })}</Body1>
      <ul className={styles.list}>
        {fields.map((header) => (
          <li key={header}>
            <Body1>{header}</Body1>
          </li>
        ))}
        <li>
          <Body1>{t("noTableForecast", { header: forecast })}</Body1>
        </li>
      </ul>
      <Body1>{t("noTableFix")}</Body1>
    </EmptyState>
  );
}
