import { FootnoteReferenceRun, LineRuleType, Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { PMJSON } from '../../../shared/clauses.ts';
import type { SerializeContext } from './serializers.ts';

/**
 * A footnote as Word's own: the reference mark where it stands, its text at the foot of the
 * page (the run carries its note; docx numbers the notes in the order they are written).
 * Its lines are single-spaced with the rule named, so Word and LibreOffice lay them out alike,
 * and 2 pt smaller than the body, as notes are printed.
 */
export function footnoteReference(node: PMJSON, ctx: SerializeContext): ParagraphChild[] {
  const size = Math.max(16, ctx.layout.size - 4);
  const lines = String(node.attrs?.text ?? '').split('\n');
  const children = lines.map((line, i) =>
    i === 0 ? new TextRun({ text: ` ${line}`, size }) : new TextRun({ text: line, size, break: 1 }),
  );
  return [
    new FootnoteReferenceRun({
      children: [
        new Paragraph({
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children,
        }),
      ],
    }),
  ];
}
