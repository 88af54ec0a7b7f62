/**
 * The playground around the add-in: a title bar with the workbook's name, the Home tab's Sitova group (drawn
 * from manifest.xml, pressing a button calls the add-in's function as Excel does), opening and downloading
 * workbooks, Office's display language, and the task pane's frame.
 */
import type { ChangeEvent } from "react";
import { useRef, useState, useSyncExternalStore } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Toolbar,
  ToolbarDivider,
  Tooltip,
} from "@fluentui/react-components";
import type { Lang } from "../domain";
import { chartCount, exportXlsx } from "./exportWorkbook";
import { LANGS, withParam } from "./params";
import type { RibbonGroup } from "./ribbon";
import type { PlaygroundStore } from "./store";
import type { PlaygroundStrings } from "./strings";
import type { FileHandler, PressHandler } from "./types";

const LANGUAGE_NAMES: Record<Lang, string> = { fi: "suomi", sv: "svenska", en: "English" };

export interface ShellProps {
  store: PlaygroundStore;
  strings: PlaygroundStrings;
  lang: Lang;
  ribbon: RibbonGroup | null;
  press: PressHandler;
  openFile: FileHandler;
  /** Shown when the workbook is one the user opened (not the sample or `?workbook=`). */
  backToSample: (() => void) | null;
}

function RibbonGroupView({
  ribbon,
  press,
  strings,
}: Pick<ShellProps, "press" | "strings"> & { ribbon: RibbonGroup }) {
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <div className="pg-ribbon-group" role="group" aria-label={strings.ribbon}>
      <Toolbar aria-label={strings.ribbon} size="medium">
        {ribbon.buttons.map((button) => (
          <Tooltip
            key={button.id}
            relationship="description"
            content={
              <>
                <strong>{button.tipTitle}</strong>
                <br />
                {button.tipText}
              </>
            }
          >
            <Button
              appearance="subtle"
              className="pg-ribbon-button"
              data-control={button.id}
              disabled={busy !== null}
              icon={
                busy === button.id ? (
                  <Spinner size="tiny" aria-label={strings.busy} />
                ) : button.icon ? (
                  <img src={button.icon} alt="" width={32} height={32} />
                ) : undefined
              }
              iconPosition="before"
              onClick={() => {
                setBusy(button.id);
                press(button).finally(() => setBusy(null));
              }}
            >
              {button.label}
            </Button>
          </Tooltip>
        ))}
      </Toolbar>
      <span className="pg-ribbon-label" aria-hidden="true">
        {ribbon.label}
      </span>
    </div>
  );
}

export function Header({ store, strings, lang, ribbon, press, openFile, backToSample }: ShellProps) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const fileInput = useRef<HTMLInputElement>(null);
  const [downloading, setDownloading] = useState(false);
  const charts = chartCount(store.emulator);

  const download = async () => {
    setDownloading(true);
    try {
      const bytes = await exportXlsx(store.emulator);
      const blob = new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = /\.xlsx$/i.test(store.fileName) ? store.fileName : `${store.fileName}.xlsx`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      store.setNotice({ kind: "error", text: String((error as Error)?.message ?? error) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      <div className="pg-titlebar">
        <h1 className="pg-title">
          {strings.title}
          <span className="pg-subtitle">{strings.subtitle}</span>
        </h1>
        <Text className="pg-file" aria-label={strings.workbook}>
          {store.fileName}
        </Text>
        <label className="pg-lang" htmlFor="pg-office-language">
          {strings.language}
        </label>
        <Select
          id="pg-office-language"
          size="small"
          value={lang}
          onChange={(_, data) => location.assign(withParam(location.href, "lang", data.value))}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </div>
      <div className="pg-ribbon">
        {ribbon && <RibbonGroupView ribbon={ribbon} press={press} strings={strings} />}
        <ToolbarDivider />
        <div className="pg-file-actions" role="group" aria-label={strings.workbook}>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={strings.open}
            className="pg-visually-hidden"
            tabIndex={-1}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              const file = event.target.files?.[0];
              if (file) openFile(file);
              event.target.value = "";
            }}
          />
          <Button onClick={() => fileInput.current?.click()}>{strings.open}</Button>
          <span className="pg-hint">{strings.openHint}</span>
          <Button
            appearance="primary"
            onClick={() => void download()}
            disabled={downloading}
            aria-describedby={charts > 0 ? "pg-download-note" : undefined}
          >
            {strings.download}
          </Button>
          {charts > 0 && (
            <span id="pg-download-note" className="pg-hint">
              {strings.downloadNoCharts}
            </span>
          )}
          {backToSample && (
            <Button appearance="subtle" onClick={backToSample}>
              {strings.backToSample}
            </Button>
          )}
        </div>
      </div>
      {store.notice && (
        <MessageBar
          intent={store.notice.kind === "error" ? "error" : "info"}
          className="pg-notice"
          role="alert"
        >
          <MessageBarBody>{store.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={strings.dismiss}
                onClick={() => store.setNotice(null)}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
    </>
  );
}

export function PaneFrame({ store, strings }: Pick<ShellProps, "store" | "strings">) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  return (
    <div className="pg-pane-head">
      <h2 className="pg-pane-title">Sitova</h2>
      <Button
        appearance="subtle"
        aria-label={strings.paneClose}
        onClick={() => {
          store.paneOpen = false;
          store.changed();
        }}
      >
        ×
      </Button>
    </div>
  );
}
