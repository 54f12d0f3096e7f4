import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeHtml, htmlToText, metaCharset, readHtml } from '../src/input/html.js';
import { contentTypeCharset, looksLikeHtml } from '../src/input/page-type.js';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const paragraphsOf = (text: string) => text.split('\n\n').map((line) => line.trim());

describe('htmlToText on a news page', () => {
  const page = htmlToText(readFileSync('fixtures/html/drought-plan.html', 'utf8'));

  test('the headline without the site name, then the article paragraphs, blank lines between', () => {
    expect(page.title).toBe('وزير الموارد المائية: «لن نقطع المياه عن القرى»');
    expect(paragraphsOf(page.text)).toEqual([
      'وزير الموارد المائية: «لن نقطع المياه عن القرى»',
      'أعلنت وزارة الموارد المائية، يوم الاثنين، خطة طارئة لمواجهة الجفاف الذي يضرب المحافظات الجنوبية للعام الثالث على التوالي، تشمل حفر آبار جديدة وإعادة تأهيل شبكات الري القديمة.',
      'وقال وزير الموارد المائية خالد العمري في مؤتمر صحفي بالعاصمة: «لن نقطع المياه عن أي قرية، وسنوزع الحصص بالعدل بين المحافظات».',
      'وأضاف العمري أن الوزارة رصدت "ميزانية استثنائية" للخطة، مشيرا إلى أن العمل سيبدأ مطلع الشهر المقبل.',
      'من جهتها، قالت رئيسة اتحاد المزارعين نادية السعدي لصحيفة «الوادي» إن الخطة «جاءت متأخرة»، مضيفة: «خسر المزارعون نصف محصول القمح هذا الموسم».',
      '«نحتاج إلى حلول دائمة، لا إلى مسكنات»، كتبت السعدي على حسابها.',
      'ويتوقع خبراء\u00a0الأرصاد استمرار موجة الحر حتى نهاية الشهر، مع فرص ضعيفة لسقوط الأمطار في المناطق الجنوبية.',
    ]);
    expect(page.text.endsWith('.\n')).toBe(true);
  });

  test.each([
    ['the menu', 'رياضة'],
    ['the advertisement', 'إعلان'],
    ['the most-read box', 'سنلعب للفوز'],
    ['the footer', 'جميع الحقوق محفوظة'],
    ['the scripts', 'سكربت'],
    ['a script inside a paragraph', 'نص مزروع'],
    ['the styles', 'الأنماط'],
    ['the comment', 'لا تنشر'],
    ['the raw entities', '&laquo;'],
  ])('leaves out %s', (_what, words) => {
    expect(page.text).not.toContain(words);
  });
});

describe('htmlToText on a hostile page: only its text comes out', () => {
  const page = htmlToText(readFileSync('fixtures/html/hostile.html', 'utf8'));

  test('the article, and nothing of scripts, handlers, frames, templates or hidden text', () => {
    expect(paragraphsOf(page.text)).toEqual([
      'محافظ المدينة يفتتح جسرا جديدا',
      'افتتح محافظ المدينة ماجد الحسن، صباح الخميس، الجسر الجديد فوق النهر بعد عامين من العمل المتواصل، بحضور عدد من المسؤولين وسكان الأحياء المجاورة.',
      'وقال الحسن في كلمة الافتتاح: «هذا الجسر سيختصر ساعة كاملة من طريق الموظفين كل يوم».',
      'وأوضح المهندس المشرف سليم ناصر أن الجسر صمم لتحمل الزلازل.',
      'وتبلغ تكلفة المشروع نحو أربعين مليون دينار، بحسب بيان صادر عن المحافظة.',
    ]);
    expect(page.text).not.toMatch(/alert|javascript|onerror|tracker|<|>/);
  });
});

describe('htmlToText, piece by piece', () => {
  // Readability needs some article to find; below that, the body is read, less its chrome.
  test.each([
    ['paragraphs', '<p>قال الوزير:</p><p>«نعم»</p>', 'قال الوزير:\n\n«نعم»\n'],
    ['whitespace runs inside a paragraph', '<p>قال\n   الوزير\t«نعم»</p>', 'قال الوزير «نعم»\n'],
    [
      'a line break starts a paragraph',
      '<p>السطر الأول<br>السطر الثاني</p>',
      'السطر الأول\n\nالسطر الثاني\n',
    ],
    [
      'headings, list items and quotations',
      '<h2>عنوان</h2><ul><li>أولا</li><li>ثانيا</li></ul><blockquote>«قول»</blockquote>',
      'عنوان\n\nأولا\n\nثانيا\n\n«قول»\n',
    ],
    [
      'named and numeric entities',
      '<p>&laquo;&#1606;&#x639;&#1605;&raquo; &amp; &quot;لا&quot;</p>',
      '«نعم» & "لا"\n',
    ],
    [
      'inline elements stay in their paragraph',
      '<p>قال <b>الوزير</b> <a href="/x">خالد</a>: «نعم»</p>',
      'قال الوزير خالد: «نعم»\n',
    ],
    ['comments', '<p>قال<!-- «لا» --> الوزير</p>', 'قال الوزير\n'],
    [
      'nav, aside and footer',
      '<nav>الرئيسية</nav><p>الخبر</p><aside>«قول مكرر»</aside><footer>الحقوق</footer>',
      'الخبر\n',
    ],
    [
      "the article's header, with its headline",
      '<article><header><h1>العنوان</h1></header><p>الخبر</p></article>',
      'العنوان\n\nالخبر\n',
    ],
    ['hidden elements', '<p>ظاهر</p><p hidden>مخفي</p>', 'ظاهر\n'],
    ['a page without text', '<!doctype html><html><head><script>x()</script></head><body></body></html>', ''],
    ['not even a tag', 'قال الوزير: «نعم»', 'قال الوزير: «نعم»\n'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  const nested = (depth: number) =>
    `<p>بداية</p>${'<div>'.repeat(depth)}قال: «نعم»<p>ثم</p><script>x('«لا»')</script><b>ذلك</b>${'</div>'.repeat(depth)}`;

  test('nesting as pages nest keeps the paragraphs', () => {
    expect(htmlToText(nested(20)).text).toBe('بداية\n\nقال: «نعم»\n\nثم\n\nذلك\n');
  });

  test('nesting thousands deep is flattened to its text, without its scripts', () => {
    expect(htmlToText(nested(5000)).text).toBe('بداية\n\nقال: «نعم» ثم ذلك\n');
  });

  test('the title comes first, once', () => {
    expect(htmlToText('<title>خبر عاجل</title><p>نص الخبر</p>')).toEqual({
      title: 'خبر عاجل',
      text: 'خبر عاجل\n\nنص الخبر\n',
    });
    expect(htmlToText('<title>خبر عاجل</title><h1>خبر عاجل</h1><p>نص الخبر</p>').text).toBe(
      'خبر عاجل\n\nنص الخبر\n',
    );
  });
});

describe('looksLikeHtml', () => {
  test.each([
    ['page.html', '', true],
    ['PAGE.HTM', '', true],
    ['-', '<!DOCTYPE html><html>', true],
    ['-', '\ufeff \n\t<!doctype HTML>', true],
    ['article.txt', '<html dir="rtl">', true],
    ['article.txt', 'قال الوزير: «نعم»', false],
    ['article.txt', '<p>قال</p>', false],
    ['notes.html.txt', '', false],
    ['-', '', false],
  ])('%s starting %j: %s', (path, start, html) => {
    expect(looksLikeHtml(path, bytesOf(start))).toBe(html);
  });
});

describe('charsets', () => {
  test.each([
    ['text/html; charset=windows-1256', 'windows-1256'],
    ['text/html;charset="UTF-8"', 'UTF-8'],
    ['text/html; Charset = iso-8859-6 ; q=1', 'iso-8859-6'],
    ['text/html', undefined],
    ['', undefined],
  ])('contentTypeCharset(%j) is %j', (value, charset) => {
    expect(contentTypeCharset(value)).toBe(charset);
  });

  test.each([
    ['<meta charset="windows-1256">', 'windows-1256'],
    ['<META CHARSET=utf-8>', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">', 'iso-8859-6'],
    ['<meta name="description" content="charset=koi8-r">', undefined],
    [`<!-- ${'x'.repeat(1100)} --><meta charset="windows-1256">`, undefined],
  ])('metaCharset of %j', (head, charset) => {
    expect(metaCharset(bytesOf(head))).toBe(charset);
  });

  // «نعم» in windows-1256 and in ISO-8859-6: not valid UTF-8, and different letters.
  const nam1256 = [0xe4, 0xda, 0xe3];
  const namIso = [0xe6, 0xd9, 0xe5];
  const page = (meta: string, letters: number[]) =>
    Uint8Array.from([...bytesOf(`<meta charset="${meta}"><p>`), ...letters, ...bytesOf('</p>')]);

  test('the page says which: <meta charset>', () => {
    expect(decodeHtml(page('iso-8859-6', namIso)).text).toContain('نعم');
    expect(decodeHtml(page('iso-8859-6', namIso)).encoding).toBe('iso-8859-6');
  });

  test("the server's charset outranks the page's", () => {
    expect(decodeHtml(page('iso-8859-6', nam1256), { declared: 'windows-1256' })).toMatchObject({
      encoding: 'windows-1256',
    });
    expect(decodeHtml(page('iso-8859-6', nam1256), { declared: 'windows-1256' }).text).toContain('نعم');
  });

  test('a forced encoding outranks both', () => {
    const bytes = page('utf-8', nam1256);
    expect(decodeHtml(bytes, { forced: 'iso-8859-6', declared: 'windows-1256' }).encoding).toBe('iso-8859-6');
  });

  test('a BOM outranks the server and the page', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf('<meta charset="windows-1256"><p>نعم</p>')]);
    expect(decodeHtml(bytes, { declared: 'iso-8859-6' })).toMatchObject({ encoding: 'utf-8' });
  });

  test('a charset that is unknown, or wrong for the bytes, gives way to a guess', () => {
    expect(decodeHtml(page('x-unknown', nam1256)).encoding).toBe('windows-1256');
    expect(decodeHtml(page('utf-8', nam1256)).encoding).toBe('windows-1256');
    expect(decodeHtml(bytesOf('<p>نعم</p>'), { declared: 'utf-16' }).encoding).toBe('utf-8');
  });

  test('readHtml: bytes to article text, with the encoding', () => {
    expect(readHtml(page('windows-1256', nam1256))).toEqual({
      title: '',
      text: 'نعم\n',
      encoding: 'windows-1256',
    });
  });
});

describe('old pages', () => {
  const page = readHtml(readFileSync('fixtures/html/rain-windows-1256.html'));

  test('windows-1256 from <meta http-equiv>, paragraphs from <br><br>, the headline without the site', () => {
    expect(page.encoding).toBe('windows-1256');
    expect(paragraphsOf(page.text)).toEqual([
      'الأمطار تغلق طرقا في الشمال',
      'أغلقت السلطات المحلية ثلاثة طرق رئيسية في المحافظات الشمالية بعد أمطار غزيرة هطلت طوال ليلة السبت، وتسببت في سيول جرفت عددا من السيارات.',
      'وقال مدير الدفاع المدني العقيد فريد منصور للصحفيين: «فرقنا تعمل منذ منتصف الليل، ولم نسجل أي إصابات حتى الآن».',
      'ودعا منصور السكان إلى «عدم الاقتراب من مجاري السيول» حتى تنخفض مناسيب المياه، مؤكدا أن الطرق ستفتح تدريجيا خلال يومين.',
      'وتتوقع دائرة الأرصاد الجوية أن تستمر الأمطار حتى مساء الاثنين، مع انخفاض ملموس في درجات الحرارة.',
    ]);
  });
});
