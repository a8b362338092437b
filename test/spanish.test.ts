import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { preventNavigation } from './page-guards.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { WIDGETS, type Updatable } from './widgets.js';

/** Mounts `markup` inside a wrapper with `lang`, and waits for its first widget to render. */
async function mount(markup: string, lang: string) {
  const host = await fixture<HTMLElement>(staticHtml`<div lang=${lang}>${unsafeStatic(markup)}</div>`);
  const el = host.querySelector<Updatable>('*')!;
  await el.updateComplete;
  return el;
}

/** What a reader sees or hears: text nodes and aria-labels, outside source lists (titles stay in English). */
function visibleTexts(el: Element): string[] {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('cite, .sources li, a[href^="https:"]')) continue;
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  // Names a screen reader announces but the screen does not show (the close button's).
  for (const element of root.querySelectorAll('[aria-label]')) texts.push(element.getAttribute('aria-label')!);
  return texts;
}

/** Text that reads the same in both languages: numbers, names, short codes, punctuation. */
const SAME_IN_BOTH = /^([\d\s().,:%+–[\]-]+|clonazepam|alprazolam|Klonopin|Xanax|CAGE-AID|\d+\.|No)$/;

describe('Spanish', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang == null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('the banner speaks Spanish: its region, its call link, and 988 in Spanish (press 2, text AYUDA)', async () => {
    const el = await mount('<rw-help-banner phone="844-318-7500"></rw-help-banner>', 'es-MX');
    const regions = axNodes(await axTree('rw-help-banner')).filter((node) => node.role === 'region');
    expect(regions).to.have.length(1);
    expect(regions[0].name).to.equal(el.shadowRoot!.querySelector('h2')!.textContent!.trim());
    expect(regions[0].name).to.equal('Busque ayuda ahora');
    expect(linksIn(el.shadowRoot!)).to.deep.include.members([
      { name: 'Llame al (844) 318-7500', href: 'tel:+18443187500' },
      { name: 'Llame al 911', href: 'tel:911' },
      { name: 'Llame al 988 y marque 2', href: 'tel:988' },
      { name: 'envíe AYUDA al 988', href: 'sms:988?&body=AYUDA' },
    ]);
  });

  it('a Spanish text link to 988 still reports the number 988 in rw-call', async () => {
    const el = await mount('<rw-help-banner></rw-help-banner>', 'es');
    const calls: unknown[] = [];
    el.addEventListener('rw-call', (event) => calls.push(event.detail));
    el.addEventListener('click', preventNavigation);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="sms:988"]')!.click();
    expect(calls).to.deep.equal([{ phone: '988', channel: 'text', widget: 'help-banner' }]);
  });

  /** Every widget as it first renders, and the states that show more text. */
  const SCREENS = [
    ...WIDGETS.map(({ tag }) => `<${tag}></${tag}>`),
    '<rw-symptom-checklist audience="loved-one"></rw-symptom-checklist>',
    '<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>',
    '<rw-symptom-checklist mode="cage-aid" audience="loved-one" threshold="1"></rw-symptom-checklist>',
    '<rw-treatment-timeline expanded current="2"></rw-treatment-timeline>',
    '<rw-treatment-timeline expanded preset="outpatient-taper"></rw-treatment-timeline>',
    '<rw-substance-facts substance="alprazolam"></rw-substance-facts>',
    '<rw-stat-cards substance="alprazolam"></rw-stat-cards>',
    '<rw-help-banner dismissible sms="844-318-7501"></rw-help-banner>',
    // The alcohol and opioid families, in every widget that shows their content.
    '<rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>',
    '<rw-symptom-checklist substance="opioids" audience="loved-one"></rw-symptom-checklist>',
    '<rw-treatment-timeline substance="alcohol" expanded></rw-treatment-timeline>',
    '<rw-treatment-timeline substance="opioids" expanded></rw-treatment-timeline>',
    '<rw-substance-facts substance="alcohol"></rw-substance-facts>',
    '<rw-substance-facts substance="fentanyl"></rw-substance-facts>',
    '<rw-substance-facts substance="oxycodone"></rw-substance-facts>',
    '<rw-dependence-cycle substance="alcohol"></rw-dependence-cycle>',
    '<rw-dependence-cycle substance="heroin"></rw-dependence-cycle>',
    '<rw-stat-cards substance="alcohol"></rw-stat-cards>',
    '<rw-stat-cards substance="oxycodone"></rw-stat-cards>',
    '<rw-support-tips substance="alcohol"></rw-support-tips>',
    '<rw-support-tips substance="opioids"></rw-support-tips>',
  ];

  for (const markup of SCREENS) {
    it(`${markup} leaves no English on screen in Spanish, and marks no language of its own`, async () => {
      const english = await mount(markup, 'en');
      const englishTexts = new Set(visibleTexts(english));
      const spanish = await mount(markup, 'es');
      const left = visibleTexts(spanish).filter((text) => englishTexts.has(text) && !SAME_IN_BOTH.test(text));
      expect(left, 'English text in the Spanish widget').to.deep.equal([]);
      const marked = spanish.shadowRoot!.querySelector('.lang')!.getAttribute('lang');
      expect(marked, 'the page already says es: the widget marks no language of its own').to.equal(null);
    });
  }

  it('follows the element\'s own lang first, then the nearest ancestor\'s, then <html lang>', async () => {
    document.documentElement.lang = 'es';
    const page = await fixture<HTMLElement>(html`
      <div>
        <rw-support-tips id="page"></rw-support-tips>
        <section lang="en"><rw-support-tips id="ancestor"></rw-support-tips></section>
        <section lang="en"><rw-support-tips id="own" lang="es-US"></rw-support-tips></section>
      </div>
    `);
    const headingOf = async (id: string) => {
      const el = page.querySelector<Updatable>(`#${id}`)!;
      await el.updateComplete;
      return el.shadowRoot!.querySelector('h2')!.textContent!.trim();
    };
    expect(await headingOf('ancestor')).to.equal('Helping a friend or loved one');
    expect(await headingOf('page')).to.equal('Cómo ayudar a un amigo o a un ser querido');
    expect(await headingOf('own')).to.equal(await headingOf('page'));
  });

  it('re-renders when lang changes at runtime: on <html>, on an ancestor, and on the element', async () => {
    const page = await fixture<HTMLElement>(html`<section><rw-help-banner></rw-help-banner></section>`);
    const el = page.querySelector<Updatable>('rw-help-banner')!;
    await el.updateComplete;
    const callText = async () => {
      // The lang observer requests an update after the mutation is delivered (a microtask).
      await Promise.resolve();
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part~="call"]')!.textContent!.trim();
    };
    expect(await callText()).to.equal('Call (844) 318-7500');
    document.documentElement.lang = 'es';
    expect(await callText()).to.equal('Llame al (844) 318-7500');
    page.lang = 'en';
    expect(await callText()).to.equal('Call (844) 318-7500');
    el.lang = 'es';
    expect(await callText()).to.equal('Llame al (844) 318-7500');
    el.removeAttribute('lang');
    expect(await callText()).to.equal('Call (844) 318-7500');
  });

  it('renders again in the new language when moved into a section of another language', async () => {
    const page = await fixture<HTMLElement>(html`<div><section lang="en"><rw-help-banner></rw-help-banner></section><section lang="es"></section></div>`);
    const el = page.querySelector<Updatable>('rw-help-banner')!;
    await el.updateComplete;
    page.querySelector('[lang="es"]')!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="call"]')!.textContent!.trim()).to.equal('Llame al (844) 318-7500');
  });

  it('source titles, which are English, are marked lang="en" inside a Spanish widget (WCAG 3.1.2)', async () => {
    const el = await mount('<rw-substance-facts></rw-substance-facts>', 'es');
    const titles = [...el.shadowRoot!.querySelectorAll('.sources li > *')];
    expect(titles.length).to.be.greaterThan(5);
    expect(titles.filter((title) => title.getAttribute('lang') !== 'en').map((title) => title.textContent)).to.deep.equal([]);
  });

  it('a language the kit does not have shows English, marked lang="en" for screen readers (WCAG 3.1.2)', async () => {
    const el = await mount('<rw-help-banner></rw-help-banner>', 'fr');
    expect(el.shadowRoot!.querySelector('[part~="call"]')!.textContent!.trim()).to.equal('Call (844) 318-7500');
    expect(el.shadowRoot!.querySelector('[part~="call"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('the Spanish checklist keeps its help line, and says the CAGE-AID questions are a translation', async () => {
    const el = await mount('<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>', 'es');
    const notes = [...el.shadowRoot!.querySelectorAll('[part~="note"]')].map((note) => note.textContent!.trim());
    expect(notes.some((note) => /traducción/i.test(note))).to.equal(true);
    expect(linksIn(el.shadowRoot!)).to.deep.include({ name: 'Llame al (844) 318-7500', href: 'tel:+18443187500' });
    const english = await mount('<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>', 'en');
    expect(english.shadowRoot!.querySelectorAll('[part~="note"]')).to.have.length(0);
  });

  describe('clinical review wording (issue 16, item 7)', () => {
    const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

    it('facts: "usos no aprobados (off-label)" and "un nombre comercial del clonazepam", not "fuera de etiqueta" or "una marca de"', async () => {
      const text = shown(await mount('<rw-substance-facts></rw-substance-facts>', 'es'));
      expect(text).to.include('usos no aprobados (off-label)');
      expect(text).to.include('Klonopin es un nombre comercial del clonazepam.');
      expect(text).not.to.match(/fuera de etiqueta|una marca de/);
      const xanax = shown(await mount('<rw-substance-facts substance="alprazolam"></rw-substance-facts>', 'es'));
      expect(xanax).to.include('Xanax es un nombre comercial del alprazolam.');
    });

    it('timeline: "terapia de conversación", not "terapia hablada"', async () => {
      const text = shown(await mount('<rw-treatment-timeline preset="outpatient-taper" expanded></rw-treatment-timeline>', 'es'));
      expect(text).to.include('terapia de conversación');
      expect(text).not.to.include('terapia hablada');
    });

    it('checklist: "Confusión intensa"; the crisis card says "marque 2" and 911 for harm already done', async () => {
      const el = await mount('<rw-symptom-checklist></rw-symptom-checklist>', 'es');
      const labels = [...el.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
      expect(labels).to.include('Confusión intensa, o ver u oír cosas que no están ahí');
      expect(shown(el)).not.to.include('Tener mucha confusión');
      el.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector('[part~="emergency-card"]')!.textContent!.replace(/\s+/g, ' ');
      expect(card).to.include('Llame al 988 y marque 2, o envíe AYUDA al 988');
      expect(card).to.include('¿Se hizo daño, o tomó demasiado a propósito? Llame al 911.');
      // HRSA's own Spanish name for Poison Help; "intoxicación" also means drunkenness.
      expect(card).to.include(
        '¿Tomó una dosis de más por error, pero está despierto y respira con normalidad? Llame a Poison Help (la línea gratuita de ayuda por envenenamiento) para pedir consejo. Si tiene más sueño o respira peor, llame al 911.',
      );
      expect(card).not.to.match(/intoxicaciones|¿Ya se hizo daño o tomó demasiado\?/);
    });

    it('items 1 to 6 in Spanish: prescriber first, honest figures, safety routes, the center\'s line, privacy', async () => {
      const cycle = await mount('<rw-dependence-cycle></rw-dependence-cycle>', 'es');
      expect(shown(cycle)).to.include('Si usted y su médico deciden dejarlo, una reducción lenta de la dosis es la forma segura.');
      expect(shown(cycle)).to.include('Si se baja la dosis o se deja el medicamento, pueden empezar síntomas de abstinencia.');
      expect(shown(cycle)).to.include('¿Piensa en dejar el medicamento? Hable primero con su médico.');
      expect(shown(cycle)).not.to.include('La salida es');
      const facts = shown(await mount('<rw-substance-facts></rw-substance-facts>', 'es'));
      expect(facts).to.include('De todos los adultos que usan benzodiazepinas en un año, alrededor del 1.5 %');
      const stats = shown(await mount('<rw-stat-cards></rw-stat-cards>', 'es'));
      expect(stats).to.include('Uso indebido es tomarlas sin receta o de una forma que el médico no indicó.');
      expect(stats).to.include('no se puede comparar con la cifra de 2020');
      expect(stats).not.to.include('5.3 millones');
      const timeline = await mount('<rw-treatment-timeline></rw-treatment-timeline>', 'es');
      expect([...timeline.shadowRoot!.querySelectorAll('[part~="toggle"]')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Hable con su médico y con nuestro equipo',
        'Desintoxicación con supervisión médica: una reducción lenta de la dosis',
        'Hospitalización, solo si se necesita',
        'Tratamiento residencial, solo si se necesita',
        'Manejo de casos y la vida después del tratamiento',
        'Apoyo continuo, con la familia',
      ]);
      const checklist = await mount('<rw-symptom-checklist></rw-symptom-checklist>', 'es');
      const all = shown(checklist);
      expect(all).to.include('El sitio solo puede saber qué tipo de resultado obtuvo, nunca sus respuestas.');
      expect(all).to.include('Primero: ¿le está pasando algo de esto ahora, o le ha pasado desde que bajó la dosis?');
      expect(all).to.include(
        '¿No tiene una receta propia? Hable con un médico, o llame gratis a la línea de ayuda de SAMHSA (SAMHSA National Helpline), que aparece abajo.',
      );
      const banner = await mount('<rw-help-banner no-emergency></rw-help-banner>', 'es');
      expect(linksIn(banner.shadowRoot!.querySelector('[part~="emergency"]')!).map((l) => l.href)).to.deep.equal(['tel:911', 'tel:988']);
      expect(shown(banner)).to.include('Línea del centro de tratamiento');
      const cage = await mount('<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>', 'es');
      for (const [i, group] of [...cage.shadowRoot!.querySelectorAll('fieldset')].entries()) {
        group.querySelectorAll('input')[i === 0 ? 0 : 1].click();
        await cage.updateComplete;
      }
      expect(shown(cage)).to.include('Un "sí" está por debajo del punto de corte que se usa aquí');
    });

    it('support tips: 988 by its English official name (the Spanish one is unconfirmed), and a pride line that works for any gender', async () => {
      const text = shown(await mount('<rw-support-tips></rw-support-tips>', 'es'));
      expect(text).to.include('La línea 988 (988 Suicide & Crisis Lifeline) también ayuda a familiares y amigos preocupados.');
      expect(text).not.to.include('Línea de Prevención del Suicidio');
      expect(text).to.include('Dígale que siente orgullo por su esfuerzo.');
      expect(text).not.to.match(/enorgullece|orgullos[oa]\b/);
    });
  });

  it('names the SAMHSA Helpline and 988 by their English official names: the Spanish names are unconfirmed (facts20 §CHK 2, 16)', async () => {
    const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const banner = shown(await mount('<rw-help-banner></rw-help-banner>', 'es'));
    expect(banner).to.include('en inglés y en español: la línea de ayuda de SAMHSA (SAMHSA National Helpline).');
    const timeline = shown(await mount('<rw-treatment-timeline expanded></rw-treatment-timeline>', 'es'));
    expect(timeline).to.include('¿No tiene receta? Un médico o la línea de ayuda de SAMHSA (SAMHSA National Helpline) le pueden ayudar a encontrar atención.');
    const lovedOne = shown(await mount('<rw-symptom-checklist audience="loved-one"></rw-symptom-checklist>', 'es'));
    expect(lovedOne).to.include('y usted puede llamar gratis a la línea de ayuda de SAMHSA (SAMHSA National Helpline), que aparece abajo.');
    for (const text of [banner, timeline, lovedOne]) expect(text).not.to.match(/Línea Nacional de Ayuda|Línea de Prevención del Suicidio/);
  });

  it('opioids in Spanish, after the clinical review: dependence "puede pasar", a route without a prescription, the card\'s lead, 911 first', async () => {
    const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!.textContent!.replace(/\s+/g, ' ');
    const tick = async (el: Updatable, label: string) => {
      const box = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim() === label);
      box!.querySelector('input')!.click();
      await el.updateComplete;
    };
    const self = await mount('<rw-symptom-checklist substance="heroin"></rw-symptom-checklist>', 'es');
    await tick(self, 'Bostezar mucho');
    const result = part(self, 'result');
    expect(result).to.include('Puede pasar aun con las dosis recetadas y, por sí sola, no es un trastorno por consumo de opioides.');
    expect(result).to.include(
      'Si no tiene receta, los síntomas de abstinencia pueden ser una señal de un trastorno por consumo de opioides. El tratamiento con medicamentos puede ayudar. Hable con un profesional de salud o llame al número de abajo.',
    );
    expect(shown(self)).not.to.include('Es de esperar');
    await tick(self, 'Pupilas muy pequeñas, como la punta de un alfiler');
    const card = part(self, 'emergency-card');
    expect(card).to.include('¿Le cuesta mantenerse despierto, o alguien que está con usted no se despierta o respira despacio? Llame al 911 ahora.');
    expect(card).not.to.include('se vende sin receta');
    const lovedOne = await mount('<rw-symptom-checklist substance="opioids" audience="loved-one"></rw-symptom-checklist>', 'es');
    await tick(lovedOne, 'Sudar');
    expect(part(lovedOne, 'result')).to.include(
      'Si su ser querido no tiene receta, los síntomas de abstinencia pueden ser una señal de un trastorno por consumo de opioides. El tratamiento con medicamentos puede ayudar. Puede llamar al número de abajo para pedir consejo.',
    );
    await tick(lovedOne, 'Pupilas muy pequeñas, como la punta de un alfiler');
    expect(part(lovedOne, 'emergency-card')).to.include(
      '¿No logra despertar a su ser querido, o respira despacio o no respira? Puede ser una sobredosis. ¿No está seguro? Actúe como si lo fuera.',
    );
    const facts = shown(await mount('<rw-substance-facts substance="fentanyl"></rw-substance-facts>', 'es'));
    expect(facts).to.include('Aun así, llame al 911 y dé naloxona.');
    expect(facts).to.include('La mayoría de las sobredosis recientes de fentanilo tienen que ver con fentanilo fabricado de forma ilegal.');
    expect(facts).to.include('En los últimos años, los opioides sintéticos como el fentanilo estuvieron presentes en casi el 70% de las muertes por sobredosis.');
    expect(facts).to.include('La tolerancia y los síntomas de abstinencia pueden aparecer cuando alguien toma opioides según la receta.');
    const timeline = shown(await mount('<rw-treatment-timeline substance="opioids" expanded></rw-treatment-timeline>', 'es'));
    expect(timeline).to.include('Desde fines de 2022 no hace falta un permiso especial.');
    expect(timeline).to.include('Empezar antes puede causar síntomas de abstinencia repentinos y graves.');
    const stats = shown(await mount('<rw-stat-cards substance="opioids"></rw-stat-cards>', 'es'));
    expect(stats).to.include('En 2022, cerca de 1 de cada 27 adultos de Estados Unidos (3.7%) necesitaba tratamiento para el trastorno por consumo de opioides.');
    expect(stats).not.to.include('Según una encuesta nacional.');
  });

  it('the alprazolam pack speaks Spanish too, and keeps the medicine\'s name', async () => {
    const el = await mount('<rw-substance-facts substance="alprazolam"></rw-substance-facts>', 'es');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.include('alprazolam');
    expect(text).to.include('Xanax');
    expect(text).to.not.include('It is approved');
  });
});
