import { type KeyboardEvent, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLanguage, useT } from '../../../i18n/index.ts';
import type { EditorScreen } from '../context.ts';
import { DEFAULT_PANEL, editorPanels } from '../panels.ts';
import { useOpenPanel } from '../useOpenPanel.ts';
import { PlaceholderPanel } from './PlaceholderPanel.tsx';

/** The right-hand panel: a tab list from the registry; the open tab is in the URL (?panel=). */
export function SidePanel({ screen }: { screen: EditorScreen }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const [params] = useSearchParams();
  const tabsRef = useRef<HTMLDivElement>(null);
  const activeId = editorPanels.some((p) => p.id === params.get('panel'))
    ? params.get('panel')!
    : DEFAULT_PANEL;
  const active = editorPanels.find((p) => p.id === activeId) ?? editorPanels[0];
  const select = useOpenPanel();
  // The registry lists the tabs; with none there is no panel to draw.
  if (!active) return null;

  // Arrow keys move between tabs, as in every tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const i = editorPanels.indexOf(active);
    const next =
      editorPanels[(i + (event.key === 'ArrowRight' ? 1 : -1) + editorPanels.length) % editorPanels.length];
    if (!next) return;
    select(next.id);
    requestAnimationFrame(() =>
      tabsRef.current?.querySelector<HTMLElement>(`#panel-tab-${next.id}`)?.focus(),
    );
  };

  return (
    <aside className="side-panel" aria-label={t('panel.tabs')}>
      <div className="panel-tabs" role="tablist" ref={tabsRef} onKeyDown={onKeyDown}>
        {editorPanels.map((p) => (
          <button
            key={p.id}
            id={`panel-tab-${p.id}`}
            type="button"
            role="tab"
            aria-selected={p.id === active.id}
            aria-controls="panel-body"
            tabIndex={p.id === active.id ? 0 : -1}
            onClick={() => select(p.id)}
          >
            {typeof p.label === 'string' ? t(p.label) : p.label[language]}
          </button>
        ))}
      </div>
      <div id="panel-body" className="panel-body" role="tabpanel" aria-labelledby={`panel-tab-${active.id}`}>
        {active.Component ? (
          <active.Component screen={screen} />
        ) : (
          active.placeholder && <PlaceholderPanel message={active.placeholder} />
        )}
      </div>
    </aside>
  );
}
