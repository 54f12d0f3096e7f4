/**
 * A mend made by the lead at the end of the twelfth session (issue 3), from probe 72's and 73's misses: a
 * description of one of a group named right after a comma by يدعى/تدعى without و (أحد الركاب، يدعى فلان،)
 * is named as with ويدعى: the name speaks, not the description or «يدعى فلان». The rule rows fail without
 * the mend (IDENTIFYING in subject.ts); the guard keeps a name already given, whose aside only describes it.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'إحدى الأمهات، تدعى أم فهد، لـ«…»: the kunya after تدعى speaks',
    text: 'وقالت إحدى الأمهات، تدعى أم فهد، لـ«عكاظ»: «ننتظر منذ الصباح في الطابور».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['ننتظر منذ الصباح في الطابور', 'direct', 'أم فهد'],
    ],
  },
  {
    what: 'أحد الركاب، يدعى فلان، إن: the name after يدعى speaks, without the verb',
    text: 'وقال أحد الركاب، يدعى سالم العنزي، إن الرحلة «تأخرت أربع ساعات دون أي توضيح».',
    quotes: [['تأخرت أربع ساعات دون أي توضيح', 'partial', 'سالم العنزي']],
  },
  {
    what: 'guard: after a name, يدعى gives what he is called among others; the name speaks',
    text: 'وقال سعد الحربي، يدعى أبو فيصل بين جيرانه، إن الحي «يحتاج إلى حديقة».',
    quotes: [['يحتاج إلى حديقة', 'partial', 'سعد الحربي']],
  },
];

describe('lead12: يدعى after a comma names a description', () => runRows(rows));
