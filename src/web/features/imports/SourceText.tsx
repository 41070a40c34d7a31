import { useEffect, useMemo, useRef } from 'react';
import { Card, Typography } from 'antd';
import { useT } from '../../i18n/i18n';
import { useActiveSource, useLink } from './source-link';
import { belongsTo, blocks, segments, type Span } from './source-spans';

interface SourceTextProps {
  text: string;
  sources: Record<string, Span>;
  /** Label of the field a source path fills, for the mark's tooltip. */
  labelOf: (path: string) => string;
  /** A mark was clicked: focus the field it fills. */
  onPick: (path: string) => void;
}

/** The document's normalized text, every extracted field's source marked where it was read. */
export function SourceText({ text, sources, labelOf, onPick }: SourceTextProps) {
  const t = useT();
  const active = useActiveSource();
  const link = useLink();
  // A long list draws the picked row first (if it was not shown), then the form focuses it.
  const pick = (path: string) => {
    link?.reveal(path);
    onPick(path);
  };
  const box = useRef<HTMLDivElement>(null);
  const laid = useMemo(() => blocks(text, segments(text.length, sources)), [text, sources]);
  const isActive = (paths: string[]) => active !== null && paths.some((p) => belongsTo(p, active));

  useEffect(() => {
    const el = box.current;
    const mark = el?.querySelector<HTMLElement>('mark.import-mark-active');
    if (!el || !mark) return;
    // Scroll the text box only: the form beside it must stay where the officer is working. Measured
    // on screen, not by offsetTop: each block of the text is its own offset parent.
    const top =
      mark.getBoundingClientRect().top -
      el.getBoundingClientRect().top +
      el.scrollTop -
      el.clientHeight / 3;
    el.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [active]);

  return (
    <Card
      size="small"
      title={t('imp.text.title')}
      className="import-text-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('imp.text.marks', { n: Object.keys(sources).length })}
        </Typography.Text>
      }
    >
      <div
        ref={box}
        className="import-text"
        lang="vi"
        role="region"
        aria-label={t('imp.text.title')}
        tabIndex={0}
        data-testid="import-text"
      >
        {laid.map((block) => (
          <div key={block.start} className="import-text-block">
            {block.parts.map((s) =>
              s.paths.length === 0 ? (
                <span key={s.start}>{text.slice(s.start, s.end)}</span>
              ) : (
                <mark
                  key={s.start}
                  className={isActive(s.paths) ? 'import-mark import-mark-active' : 'import-mark'}
                  data-paths={s.paths.join(' ')}
                  title={labelOf(s.paths[0] ?? '')}
                  onClick={() => pick(s.paths[0] ?? '')}
                >
                  {text.slice(s.start, s.end)}
                </mark>
              ),
            )}
          </div>
        ))}
      </div>
    </Card>
  );
}
