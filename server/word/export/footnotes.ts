import {
  FootnoteReferenceRun,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  TextRun,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import type { PMJSON } from '../../../shared/clauses.ts';
import { revisionOf } from '../redline/revisionMark.ts';
import { nextChange } from '../redline/revisions.ts';
import type { SerializeContext } from './serializers.ts';

class ChangeAttributes extends XmlAttributeComponent<{ id: number; author: string; date: string }> {
  protected override readonly xmlKeys = { id: 'w:id', author: 'w:author', date: 'w:date' };
}

/** A footnote's reference run inside Word's tracked insertion or deletion (w:ins / w:del). */
class TrackedNote extends XmlComponent {
  constructor(
    kind: 'ins' | 'del',
    change: { id: number; author: string; date: string },
    run: FootnoteReferenceRun,
  ) {
    super(kind === 'ins' ? 'w:ins' : 'w:del');
    this.root.push(new ChangeAttributes(change));
    this.root.push(run);
  }
}

/**
 * A footnote as Word's own: the reference mark where it stands, its text at the foot of the
 * page (the run carries its note; docx numbers the notes in the order they are written).
 * Its lines are single-spaced with the rule named, so Word and LibreOffice lay them out alike,
 * and 2 pt smaller than the body, as notes are printed. In a redline a footnote added or
 * removed is a tracked change: rejecting the insertion (or accepting the deletion) takes the
 * reference and its note away.
 */
export function footnoteReference(node: PMJSON, ctx: SerializeContext): ParagraphChild[] {
  const size = Math.max(16, ctx.layout.size - 4);
  const lines = String(node.attrs?.text ?? '').split('\n');
  const children = lines.map((line, i) =>
    i === 0 ? new TextRun({ text: ` ${line}`, size }) : new TextRun({ text: line, size, break: 1 }),
  );
  const run = new FootnoteReferenceRun({
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children,
      }),
    ],
  });
  const rev = revisionOf(node);
  return [rev ? (new TrackedNote(rev.kind, nextChange(rev), run) as unknown as ParagraphChild) : run];
}
