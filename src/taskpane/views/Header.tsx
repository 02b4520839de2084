import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Language } from "../../i18n";
import { usePaneText } from "../language";
import { useSharedStyles } from "./shared-styles";

const LANGUAGES: readonly Language[] = ["vi", "en"];

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // A compact header: the views start near the top of a pane 270 px wide.
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  switch: { display: "flex", flexShrink: 0, gap: tokens.spacingHorizontalXXS },
  code: { minWidth: "36px" },
});

/** The pane's title and the vi/en switch. */
export function Header(props: { onLanguage: (language: Language) => void }) {
  const { language, m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{m.title}</h1>
      <div role="group" aria-label={m.language} className={styles.switch}>
        {LANGUAGES.map((l) => (
          <Button
            key={l}
            size="small"
            className={styles.code}
            lang={l}
            appearance={language === l ? "primary" : "secondary"}
            aria-pressed={language === l}
            title={m.languageNames[l]}
            onClick={() => props.onLanguage(l)}
          >
            {/* The visible code stays the start of the accessible name; the full name follows for screen readers. */}
            {l.toUpperCase()}
            <span className={shared.visuallyHidden}> {m.languageNames[l]}</span>
          </Button>
        ))}
      </div>
    </header>
  );
}
