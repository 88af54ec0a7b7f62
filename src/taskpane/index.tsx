/* Task pane entry (placeholder until the task pane UI lands). */
import { FluentProvider, Title1, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const dark = Office.context.officeTheme?.isDarkTheme === true;
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Title1 as="h1">Sitova</Title1>
    </FluentProvider>,
  );
});
