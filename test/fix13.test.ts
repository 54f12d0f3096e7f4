/**
 * What the review of the names, coref and kinds4 merges left (issue 3), fixed by general rules:
 * passages written here in news style, Saudi and international. Each rule row fails without its rule;
 * each guard row keeps the opposite case (a real family name after a chain of given names).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const fixRows13: readonly Row[] = [
  // A broken plural after a chain of given names is the verb's object, never the family name.
  {
    what: 'أفاعل without the article after a chain (فيصل بن خالد أهالي القرية): the object',
    text: 'والتقى الأمير فيصل بن خالد أهالي القرية، وقال إن مطالبهم «محل اهتمام».',
    quotes: [['محل اهتمام', 'partial', 'فيصل بن خالد']],
  },
  {
    what: 'فعلى written with ى after a chain (فهد بن عبدالرحمن الجرحى): the object',
    text: 'وزار وزير الصحة فهد بن عبدالرحمن الجرحى في مستشفى الملك فهد، وقال إن حالتهم «مستقرة».',
    quotes: [['مستقرة', 'partial', 'فهد بن عبدالرحمن']],
  },
  {
    what: 'أفاعل with the article after a chain (ناصر بن محمد الأراضي الزراعية): the object',
    text: 'وتفقد الوزير ناصر بن محمد الأراضي الزراعية المتضررة من السيول، وقال إن التعويضات «ستصرف قريبا».',
    quotes: [['ستصرف قريبا', 'partial', 'ناصر بن محمد']],
  },
  {
    what: 'أفعال after a chain (حمدان بن راشد الأطفال الفائزين): the object',
    text: 'وكرم الشيخ حمدان بن راشد الأطفال الفائزين في المسابقة، وقال إنهم «فخر للوطن».',
    quotes: [['فخر للوطن', 'partial', 'حمدان بن راشد']],
  },
  {
    what: 'فعالى with ى after a chain (محمد بن زايد اليتامى): the object',
    text: 'وزار الرئيس محمد بن زايد اليتامى في دار الرعاية وقال: «أنتم أبناؤنا».',
    quotes: [['أنتم أبناؤنا', 'direct', 'محمد بن زايد']],
  },
  {
    what: 'فعالي without the article after a chain (محمد بن علي كراسي المدرسة): the object',
    text: 'وقدم المدير محمد بن علي كراسي المدرسة للطلاب، وقال إن التوزيع «سيكتمل غدا».',
    quotes: [['سيكتمل غدا', 'partial', 'محمد بن علي']],
  },
  {
    what: 'guard: a nisba family name shaped فعالي, repeated after the same given name, stays the name',
    text: 'واستقبل الأمير سلطان بن أحمد الحمادي في مكتبه وفدا من التجار. وقال سلطان بن أحمد الحمادي إن السوق «تتعافى».',
    quotes: [['تتعافى', 'partial', 'سلطان بن أحمد الحمادي']],
  },
  {
    what: 'guard: a given name with the article written with ى is a family name (عبدالله بن محمد العيسى)',
    text: 'وقال رئيس المجلس عبدالله بن محمد العيسى إن الميزانية «متوازنة».',
    quotes: [['متوازنة', 'partial', 'عبدالله بن محمد العيسى']],
  },
  {
    what: 'guard: an Iraqi nisba shaped فعالي after a chain stays the name (خالد بن سعد الجنابي)',
    text: 'وقال المهندس خالد بن سعد الجنابي إن المشروع «في مراحله الأخيرة».',
    quotes: [['في مراحله الأخيرة', 'partial', 'خالد بن سعد الجنابي']],
  },
];

describe('fix13: what the review of the merges left', () => {
  runRows(fixRows13);
});
