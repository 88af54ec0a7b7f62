import type { TableRule } from "./rule";
import type { FieldId } from "../table";
import { FIELD_IDS } from "../schema";
import { fieldHeader, forecastFields } from "./util";

export const requiredValue: TableRule = {
  id: "required-value",
  severity: "error",
  scope: "table",
  messages: {
    empty: {
      fi: 'Sarakkeen "{header}" arvo puuttuu. Täytä solu.',
      sv: 'Värdet i kolumnen "{header}" saknas. Fyll i cellen.',
      en: 'The "{header}" value is missing. Fill in the cell.',
    },
    emptyForecast: {
      fi: 'Ennuste puuttuu sarakkeesta "{header}". Kirjoita "Toteutuu" tai "Ei toteudu".',
      sv: 'Prognosen saknas i kolumnen "{header}". Skriv "Toteutuu" (uppnås) eller "Ei toteudu" (uppnås inte).',
      en: 'The forecast is missing in the "{header}" column. Enter "Toteutuu" (will be met) or "Ei toteudu" (will not be met).',
    },
  },
  docs: {
    fi: {
      title: "Pakollinen tieto puuttuu",
      description:
        "Teema, tavoite, mittarit, palautusmittari, numeerinen ennuste tai jokin ennustesolu on tyhjä tai sisältää vain paikkamerkin (-, –, ?, .).",
      rationale:
        "Jokaisesta sitovasta tavoitteesta on raportoitava kaikki nämä tiedot jokaisella ennustekierroksella; tyhjä ennuste ei kerro lautakunnalle mitään.",
      example: 'Sarakkeen "Ennuste 2/2021" solussa on vain "-".',
      fix: "Täytä solu. Yhdistetyn solun arvo lasketaan jokaiselle sen riville.",
    },
    sv: {
      title: "Obligatorisk uppgift saknas",
      description:
        "Tema, mål, mätare, återhämtningsmätare, numerisk prognos eller en prognoscell är tom eller innehåller bara en platshållare (-, –, ?, .).",
      rationale:
        "Alla dessa uppgifter ska rapporteras för varje bindande mål i varje prognosomgång; en tom prognos säger nämnden ingenting.",
      example: 'Cellen i kolumnen "Ennuste 2/2021" innehåller bara "-".',
      fix: "Fyll i cellen. Värdet i en sammanslagen cell gäller för alla dess rader.",
    },
    en: {
      title: "Required value missing",
      description:
        "The theme, goal, metrics, recovery flag, numeric forecast or a forecast cell is empty or holds only a placeholder (-, –, ?, .).",
      rationale:
        "Every binding goal must report all of these in every forecast round; an empty forecast tells the committee nothing.",
      example: 'The "Ennuste 2/2021" cell holds only "-".',
      fix: "Fill in the cell. A merged cell's value counts for each of its rows.",
    },
  },
  check({ table, schema, report }) {
    const required: { field: FieldId; messageId: string }[] = [
      ...FIELD_IDS.filter((f) => schema.fields[f].valueRequired).map((field) => ({
        field: field as FieldId,
        messageId: "empty",
      })),
      ...forecastFields(table).map(({ field }) => ({ field, messageId: "emptyForecast" })),
    ];
    const present = required.filter(({ field }) => table.columns[field] !== undefined);
    for (const row of table.rows) {
      for (const { field, messageId } of present) {
        const cell = row.cells[field];
        if (cell?.empty)
          report({ messageId, cell, field, data: { header: fieldHeader(schema, table, field) } });
      }
    }
  },
};
