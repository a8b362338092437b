/**
 * The substance families (issue 20): alcohol and opioids in every widget, with the safety behaviour
 * each one needs, asserted as a reader meets it. Benzodiazepines keep their own suites.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { RwSymptomChecklist } from '../src/symptom-checklist.js';
import { alcohol } from '../src/content/families/alcohol.js';
import { captureWarnings, preventNavigation } from './page-guards.js';
import { linksIn } from './reading.js';

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const card = (el: Element) => root(el).querySelector('[part~="emergency-card"]');
const legends = (el: Element) => [...root(el).querySelectorAll('legend')].map(text);
const groupLabels = (el: Element, index: number) => [...root(el).querySelectorAll('fieldset')[index].querySelectorAll('label')].map(text);

async function mount<T extends HTMLElement = HTMLElement>(markup: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** Clicks the box whose label reads `label` and waits for the re-render. */
async function choose(el: RwSymptomChecklist, label: string) {
  const item = [...root(el).querySelectorAll('label')].find((l) => text(l) === label);
  if (!item) throw new Error(`no item "${label}"`);
  item.querySelector('input')!.click();
  await el.updateComplete;
}

function recordResults(el: Element) {
  const details: { level: string }[] = [];
  el.addEventListener('rw-result', (event) => details.push((event as CustomEvent).detail));
  return details;
}

const TAGS = [
  'rw-help-banner',
  'rw-symptom-checklist',
  'rw-treatment-timeline',
  'rw-substance-facts',
  'rw-dependence-cycle',
  'rw-stat-cards',
  'rw-support-tips',
];

/**
 * Words of the benzodiazepine packs that must never reach an alcohol or opioid page. (The opioid
 * risk question names Xanax and Klonopin as examples of benzodiazepines, on purpose.)
 */
const BENZODIAZEPINE_ONLY: Record<string, RegExp> = {
  alcohol: /clonazepam|Klonopin|alprazolam|Xanax|prescriber|taper/i,
  opioid: /clonazepam|alprazolam|taper/i,
};

const POISON_HELP = '+18002221222';

describe('substance families', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  for (const [substance, family] of [
    ['alcohol', 'alcohol'],
    ['opioids', 'opioid'],
    ['fentanyl', 'opioid'],
    ['heroin', 'opioid'],
    ['oxycodone', 'opioid'],
  ]) {
    describe(`substance="${substance}": all seven widgets`, () => {
      for (const tag of TAGS) {
        it(`<${tag}> takes it without a warning, keeps 911 and 988, shows no benzodiazepine text and no Poison Help`, async () => {
          const warnings = captureWarnings();
          try {
            const el = await fixture<HTMLElement>(html`<${unsafeStatic(tag)} substance=${substance} expanded></${unsafeStatic(tag)}>`);
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            const shown = text(root(el));
            const hrefs = linksIn(root(el)).map((link) => link.href);
            expect(warnings.messages).to.deep.equal([]);
            expect(hrefs).to.include('tel:911');
            expect(hrefs).to.include('tel:988');
            expect(hrefs.some((href) => href.includes(POISON_HELP))).to.equal(false);
            expect(shown).not.to.match(BENZODIAZEPINE_ONLY[family]);
            expect(shown).not.to.contain('()');
          } finally {
            warnings.restore();
          }
        });
      }
    });
  }

  describe('alcohol: the self-check', () => {
    it('lists danger signs first, then withdrawal when cutting down, then behaviours, with the stopping note', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>');
      expect(text(root(el).querySelector('h2'))).to.equal('Check for signs of a problem with alcohol');
      expect(legends(el)).to.deep.equal([
        'First: is any of this happening now, or has it happened since you cut down?',
        'When you cut down or stop drinking, do you get any of these?',
        'Do any of these sound like you?',
      ]);
      expect(groupLabels(el, 0)).to.include('A seizure (convulsions)');
      expect(groupLabels(el, 1)).to.include('Shaking hands (the shakes)');
      // "DTs" is explained where the checklist first uses it: the facts that explain it may not be on the page.
      expect(text(root(el))).to.contain(
        "If you drink heavily every day, or have had shakes, seizures or DTs (severe withdrawal with confusion) before, don't stop suddenly on your own. Talk to a clinician first.",
      );
    });

    for (const danger of [
      'A seizure (convulsions)',
      "New confusion, or seeing or hearing things that aren't there, after cutting down or stopping",
      'A high fever or feeling very agitated, after cutting down or stopping',
      'Struggling to stay awake, or slow or uneven breathing',
    ]) {
      it(`"${danger}" opens the emergency card: 911, stay with them, no "sleep it off"`, async () => {
        const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>');
        const results = recordResults(el);
        await choose(el, danger);
        const shown = text(card(el));
        expect(shown).to.contain('Call 911 now for a seizure');
        expect(shown).to.contain('This can start 2 to 3 days after the last drink.');
        expect(shown).to.contain("Don't leave them to sleep it off.");
        expect(linksIn(card(el)!).map((link) => link.href)).to.include.members(['tel:911', 'tel:988', 'sms:988']);
        expect(results.map((result) => result.level)).to.deep.equal(['emergency']);
      });
    }

    it('thoughts of suicide open the card with 988, call and text', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>');
      await choose(el, 'Thoughts of suicide or of hurting yourself');
      expect(text(card(el))).to.contain('Call or text 988');
      expect(linksIn(card(el)!).map((link) => link.href)).to.include.members(['tel:988', 'sms:988']);
    });

    it('withdrawal signs alone: talk to a clinician before stopping, and get care today for the named risks', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>');
      await choose(el, 'Shaking hands (the shakes)');
      const status = text(root(el).querySelector('[part~="result"]'));
      expect(status).to.contain('You checked withdrawal symptoms.');
      expect(status).to.contain('Talk to a clinician before you cut down or stop. Stopping suddenly can be dangerous.');
      expect(status).to.contain('Get medical care today if you have had seizures or DTs (severe withdrawal with confusion) before.');
      expect(card(el)).to.equal(null);
      await choose(el, 'Shaking hands (the shakes)');
      expect(text(root(el).querySelector('[part~="result"]'))).not.to.contain('medical care today');
    });

    it('for a loved one, the stopping note asks them to talk to a clinician first', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol" audience="loved-one"></rw-symptom-checklist>');
      expect(text(root(el))).to.contain('stopping suddenly can be dangerous. Encourage them to talk to a clinician first.');
      expect(text(root(el).querySelector('h2'))).to.equal("Worried about someone's alcohol use?");
    });

    it('keeps CAGE-AID as its screen', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol" mode="cage-aid"></rw-symptom-checklist>');
      expect(text(root(el))).to.contain('CAGE-AID');
      expect(root(el).querySelectorAll('fieldset').length).to.equal(4);
    });
  });

  describe('alcohol: timeline, facts, cycle, stat cards, tips', () => {
    it('the timeline is assessment, withdrawal care if needed, treatment, continuing care', async () => {
      const el = await mount('<rw-treatment-timeline substance="alcohol" expanded></rw-treatment-timeline>');
      const titles = [...root(el).querySelectorAll('.title')].map(text);
      expect(titles).to.deep.equal([
        'Talk it through and check your risk',
        'Safe withdrawal care, if you need it',
        'Treatment: medicine, counseling and support groups',
        'Continuing care',
      ]);
      const shown = text(root(el));
      expect(shown).to.contain('most people can do it safely as outpatients');
      expect(shown).to.contain('naltrexone, acamprosate and disulfiram. None of them is addictive.');
      expect(shown).to.contain('A return to drinking is common. It is not failure.');
      expect(text(root(el).querySelector('h2'))).to.equal('Your path through alcohol treatment');
    });

    it('preset="outpatient-taper", a benzodiazepine path, warns once and shows the alcohol program', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount('<rw-treatment-timeline substance="alcohol" preset="outpatient-taper"></rw-treatment-timeline>');
        expect(warnings.messages).to.deep.equal([
          '[recovery-widgets] <rw-treatment-timeline> preset="outpatient-taper" is not a path for alcohol; using program.',
        ]);
        expect(text(root(el).querySelector('.title'))).to.equal('Talk it through and check your risk');
      } finally {
        warnings.restore();
      }
    });

    it('the facts have the family\'s sections only: no approved or off-label uses', async () => {
      const el = await mount('<rw-substance-facts substance="alcohol"></rw-substance-facts>');
      const headings = [...root(el).querySelectorAll('h2, h3')].map(text);
      expect(headings).to.deep.equal(['About alcohol', 'What is alcohol use disorder?', 'How alcohol acts on the brain', 'Tolerance and dependence', 'Staying safe']);
      expect(text(root(el))).to.contain('Severe withdrawal can cause seizures, confusion and death.');
    });

    it('the cycle is NIAAA\'s three stages', async () => {
      const el = await mount('<rw-dependence-cycle substance="alcohol"></rw-dependence-cycle>');
      expect(root(el).querySelectorAll('[part~="step"]').length).to.equal(3);
      expect(text(root(el).querySelector('h2'))).to.equal('How the cycle of alcohol use disorder works');
    });

    it('every stat card has its year, who was counted and exactly what, and a source', async () => {
      const el = await mount('<rw-stat-cards substance="alcohol"></rw-stat-cards>');
      const cards = [...root(el).querySelectorAll('[part~="card"]')];
      expect(cards.length).to.be.greaterThan(0);
      for (const item of cards) {
        expect(text(item.querySelector('[part~="year"]'))).to.match(/^Year: \d{4}/);
        expect(text(item.querySelector('[part~="definition"]')).length).to.be.greaterThan(10);
        expect(item.querySelector('[part~="source"] a[href^="https://"]')).not.to.equal(null);
      }
      expect(text(root(el).querySelector('h2'))).to.equal('Alcohol use in the U.S.');
    });

    it('the tips are CRAFT-style: no surprise confrontation, a clinician before stopping', async () => {
      const el = await mount('<rw-support-tips substance="alcohol"></rw-support-tips>');
      const shown = text(root(el));
      expect(shown).to.contain("Don't stage a surprise confrontation.");
      expect(shown).to.contain('urge them to see a clinician first');
    });
  });

  describe('alcohol: clinical review wording', () => {
    it('the emergency card cites NIAAA for the overdose signs and "sleep it off", beside ASAM for the DTs', () => {
      const { medical } = alcohol.signs.emergencyCard;
      const titles = ('sources' in medical ? medical.sources : [medical.source]).map((source) => source.title);
      expect(titles).to.include('NIAAA: Understanding the Dangers of Alcohol Overdose');
      expect(titles.some((title) => title.startsWith('ASAM alcohol withdrawal guideline'))).to.equal(true);
    });

    it('an unsafe home or thoughts of suicide may call for more care, not always a hospital (ASAM III.1)', async () => {
      const shown = text(root(await mount('<rw-treatment-timeline substance="alcohol" expanded></rw-treatment-timeline>')));
      expect(shown).to.contain('More care may also be right if home is not safe or supportive, or if you have thoughts of suicide.');
      expect(shown).not.to.contain('It is also for an unsafe home');
      expect(shown).to.contain('They ask about past withdrawal, seizures or DTs (severe withdrawal with confusion),');
    });

    it('the DTs fact names its signs, as the Spanish does; the loved-one tip explains "DTs"', async () => {
      const facts = text(root(await mount('<rw-substance-facts substance="alcohol"></rw-substance-facts>')));
      expect(facts).to.contain('usually starts 2 to 3 days after the last drink. It causes severe confusion, shaking and fever. It can start when the worst seems over.');
      const tips = text(root(await mount('<rw-support-tips substance="alcohol"></rw-support-tips>')));
      expect(tips).to.contain('If they drink heavily every day, or have had shakes, seizures or DTs (severe withdrawal with confusion), urge them to see a clinician first.');
    });

    it('in Spanish: "síntomas de abstinencia", never bare "abstinencia" for withdrawal; current severe withdrawal; "beba"; "sober"', async () => {
      const checklist = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol" lang="es"></rw-symptom-checklist>');
      expect(text(root(checklist))).to.contain(
        '¿Bebe mucho todos los días, o ya ha tenido temblores, convulsiones o síntomas de abstinencia graves? No deje de beber de golpe por su cuenta.',
      );
      await choose(checklist, 'Temblor en las manos');
      expect(text(root(checklist).querySelector('[part~="result"]'))).to.contain('si ya tuvo convulsiones o síntomas de abstinencia graves.');
      const lovedOne = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol" audience="loved-one" lang="es"></rw-symptom-checklist>');
      expect(groupLabels(lovedOne, 0)).to.include('Fiebre alta o mucha agitación, después de que su ser querido beba menos o deje de beber');
      const timeline = await mount('<rw-treatment-timeline substance="alcohol" expanded lang="es"></rw-treatment-timeline>');
      const path = text(root(timeline));
      expect(path).to.contain('Atención segura para los síntomas de abstinencia, si la necesita');
      expect(path).to.contain(
        'El hospital o una unidad de internación es para un riesgo más alto. Es decir: convulsiones o síntomas de abstinencia graves en el pasado, síntomas de abstinencia graves ahora, u otra enfermedad grave.',
      );
      expect(path).to.contain('También puede necesitar más atención si su hogar no es seguro o no tiene apoyo, o si tiene pensamientos de suicidio.');
      const tips = text(root(await mount('<rw-support-tips substance="alcohol" lang="es"></rw-support-tips>')));
      expect(tips).to.contain('Espere un momento tranquilo, cuando no haya bebido.');
      for (const shown of [text(root(checklist)), path, tips]) {
        expect(shown).not.to.match(/una abstinencia grave|para la abstinencia|con la abstinencia/);
      }
    });

    it('in Spanish, the alcohol and opioid crisis route says how to reach 988 in Spanish: press 2, or text AYUDA', async () => {
      for (const substance of ['alcohol', 'opioids']) {
        for (const audience of ['self', 'loved-one']) {
          const el = await mount<RwSymptomChecklist>(`<rw-symptom-checklist substance="${substance}" audience="${audience}" lang="es"></rw-symptom-checklist>`);
          await choose(el, audience === 'self' ? 'Pensamientos de suicidio o de hacerse daño' : 'Hablar de suicidio o de hacerse daño');
          expect(text(card(el))).to.contain('Llame al 988 y marque 2, o envíe AYUDA al 988');
          expect(text(card(el))).not.to.contain('envíe un mensaje de texto al 988');
        }
      }
    });
  });

  describe('opioids: the overdose card', () => {
    const STEPS = [
      'Call 911.',
      'Give naloxone if you have it.',
      'Try to keep them awake and breathing.',
      "Lay them on their side so they don't choke.",
      'Stay with them until help arrives.',
    ];
    for (const danger of [
      "Someone with you can't be woken up, or you are struggling to stay awake",
      'Slow, shallow or no breathing, or choking, gurgling or snoring sounds',
      'Blue, gray or pale lips or fingernails',
      'Very small, pinpoint pupils',
      'You took opioids with benzodiazepines, alcohol or other sedatives, and feel very sleepy or dizzy',
    ]) {
      it(`"${danger}" opens it: 911, naloxone, awake and breathing, on their side, stay`, async () => {
        const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>');
        const results = recordResults(el);
        await choose(el, danger);
        const overdose = card(el)!;
        expect(text(overdose.querySelector('h3'))).to.equal('Possible overdose: act now');
        // The lead names the signs and says 911 now, in the reader's own situation (CDC; opioid-notes.md §9).
        expect(text(overdose)).to.contain(
          "Struggling to stay awake, or someone with you can't be woken or is breathing slowly? Call 911 now. Not sure if it is an overdose? Treat it as one.",
        );
        expect([...overdose.querySelectorAll('ol > li')].map(text)).to.deep.equal(STEPS);
        // Nothing competes with the steps: where to buy naloxone is not an emergency fact.
        expect(text(overdose)).not.to.contain('sold without a prescription');
        expect(linksIn(overdose).map((link) => link.href)).to.include.members(['tel:911', 'tel:988', 'sms:988']);
        // No promise of legal immunity, and nothing that competes with the steps.
        expect(text(overdose)).not.to.match(/immun|arrest|protect|law/i);
        expect(results.map((result) => result.level)).to.deep.equal(['emergency']);
      });
    }

    it('for a loved one it opens on "You can\'t wake them" too, and is announced (role="alert")', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="heroin" audience="loved-one"></rw-symptom-checklist>');
      await choose(el, "You can't wake them, or they don't respond");
      expect(card(el)!.closest('[role="alert"]')).not.to.equal(null);
      expect(text(card(el))).to.contain("Can't wake them, or slow or no breathing? It may be an overdose. Not sure? Treat it as one.");
      expect(text(card(el))).to.contain('Give naloxone if you have it.');
    });

    it('says "may protect" about Good Samaritan laws only in the facts, never a promise', async () => {
      const el = await mount('<rw-substance-facts substance="opioids"></rw-substance-facts>');
      const shown = text(root(el));
      expect(shown).to.contain('Most states have laws that may protect you from criminal charges');
      expect(shown).not.to.match(/you (?:are|will be) protected|won't be arrested|immunity/i);
    });
  });

  describe('opioids: unscored risk questions', () => {
    const RISKS: [question: string, safety: string][] = [
      ['Have you used opioids again after a break, such as detox, jail or prison, or stopping treatment?', 'After a break, the body loses tolerance.'],
      ['Do you use opioids with benzodiazepines (such as Xanax or Klonopin), alcohol or sleep medicines?', 'Mixing these can slow or stop breathing.'],
      ['Do you use opioids when no one else is around?', 'Try not to use alone.'],
      ['Do you take pills that did not come from a pharmacy, or use powders bought on the street?', 'can contain fentanyl, even when they look real'],
    ];

    it('come right after the danger signs and say they are not scored', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>');
      expect(legends(el)[0]).to.equal('First: is any of this happening now?');
      expect(legends(el)[1]).to.equal('Overdose risk questions');
      const risks = root(el).querySelector('[part~="risks"]')!;
      expect(text(risks)).to.contain('These questions are not scored and are not part of the screen.');
      expect(groupLabels(el, 1)).to.deep.equal(RISKS.map(([question]) => question));
    });

    for (const [question, safety] of RISKS) {
      it(`"${question.slice(0, 40)}…" shows its safety text, and changes no result and no event`, async () => {
        const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>');
        const results = recordResults(el);
        const before = text(root(el).querySelector('[part~="result"]'));
        await choose(el, question);
        expect(text(root(el).querySelector('[part~="risk-safety"]'))).to.contain(safety);
        expect(root(el).querySelector('[part~="risk-safety"]')!.getAttribute('role')).to.equal('status');
        expect(text(root(el).querySelector('[part~="result"]'))).to.equal(before);
        expect(results).to.deep.equal([]);
        expect(card(el)).to.equal(null);
        await choose(el, question);
        expect(text(root(el).querySelector('[part~="risk-safety"]'))).to.equal('');
      });
    }
  });

  describe('opioids: withdrawal and tolerance on prescribed opioids are never warning signs', () => {
    it('every withdrawal sign checked still gives the dependence guidance, never "several warning signs"', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="oxycodone"></rw-symptom-checklist>');
      const results = recordResults(el);
      for (const label of groupLabels(el, 2)) await choose(el, label);
      const status = text(root(el).querySelector('[part~="result"]'));
      expect(status).to.contain('You checked withdrawal symptoms.');
      // Not "expected": CDC says dependence "can" happen even as prescribed (opioid-notes.md §1.3).
      expect(status).to.contain('It can happen even at prescribed doses, and on its own it is not opioid use disorder.');
      expect(status).not.to.match(/expected/i);
      expect(status).to.contain('keep naloxone close');
      expect(status).not.to.contain('warning signs');
      expect(results.map((result) => result.level)).to.deep.equal(['withdrawal']);
    });

    it('the warning behaviours leave tolerance and withdrawal out; the dependence note is with the withdrawal list', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>');
      expect(groupLabels(el, 3).join(' ')).not.to.match(/tolerance|withdrawal|more to get|same effect/i);
      expect(text(root(el).querySelectorAll('fieldset')[2])).to.contain(
        'If you take an opioid as prescribed, these symptoms can be signs of physical dependence.',
      );
    });

    it('the stopping note is the tolerance warning', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="opioids"></rw-symptom-checklist>');
      expect(text(root(el))).to.contain('If you stop or cut down, your tolerance drops. A dose you used before can then cause an overdose. Keep naloxone close.');
    });
  });

  describe('opioids: timeline, facts, cycle, stat cards, tips', () => {
    it('medication is the core of the path, with no set end, and detox alone is not shown as a path', async () => {
      const el = await mount('<rw-treatment-timeline substance="opioids" expanded></rw-treatment-timeline>');
      const titles = [...root(el).querySelectorAll('.title')].map(text);
      expect(titles).to.deep.equal([
        'Stay safe now',
        'Talk with a clinician',
        'Start medication for opioid use disorder',
        'Counseling and support, alongside medication',
        'Stay on medication as long as it helps',
      ]);
      const shown = text(root(el));
      expect(shown).to.contain('There is no set time limit for medication.');
      expect(shown).to.contain('Saying no to counseling should not delay your medication.');
      expect(text(root(el).querySelector('[part~="note"]'))).to.equal(
        'Detox alone is not treatment. Most people who only detox start using again, and their overdose risk is higher.',
      );
      expect(titles.join(' ')).not.to.match(/detox/i);
    });

    it('a name within the family adds what differs: fentanyl, heroin, oxycodone', async () => {
      const fentanyl = await mount('<rw-substance-facts substance="fentanyl"></rw-substance-facts>');
      expect(text(root(fentanyl).querySelector('h2'))).to.equal('About fentanyl');
      expect(text(root(fentanyl))).to.contain('up to 50 times stronger than heroin');
      expect(text(root(fentanyl))).to.contain('Naloxone does not reverse it.');
      const heroin = await mount('<rw-substance-facts substance="heroin"></rw-substance-facts>');
      expect(text(root(heroin))).to.contain('Illegally made fentanyl can be mixed into heroin.');
      const oxycodone = await mount('<rw-stat-cards substance="oxycodone"></rw-stat-cards>');
      expect(text(root(oxycodone))).to.contain('Nearly 18%');
      const family = await mount('<rw-substance-facts substance="opioids"></rw-substance-facts>');
      expect(text(root(family))).not.to.contain('50 times stronger');
    });

    it('the stat cards are final counts, each with year and definition, and say they are not a trend', async () => {
      const el = await mount('<rw-stat-cards substance="opioids"></rw-stat-cards>');
      const cards = [...root(el).querySelectorAll('[part~="card"]')];
      for (const item of cards) {
        expect(text(item.querySelector('[part~="year"]'))).to.match(/^Year: \d{4}/);
        expect(text(item.querySelector('[part~="definition"]')).length).to.be.greaterThan(10);
      }
      expect(text(root(el))).not.to.match(/provisional/i);
      expect(text(root(el).querySelector('[part~="note"]'))).to.equal('Different measures and years; not a trend.');
    });

    it('the tips put naloxone first and never push detox alone', async () => {
      const el = await mount('<rw-support-tips substance="opioids"></rw-support-tips>');
      const shown = text(root(el));
      expect(shown).to.contain('Get naloxone. It is sold without a prescription.');
      expect(shown).to.contain("Don't push for detox alone, or push them off their medication.");
    });
  });

  describe('opioids: clinical review wording', () => {
    it('withdrawal alone on a street opioid also gives the route to treatment for use without a prescription (DSM-5, opioid-notes.md §1.3)', async () => {
      for (const [audience, route] of [
        ['self', 'Talk to a clinician or call the number below.'],
        ['loved-one', 'You can call the number below for advice.'],
      ]) {
        const el = await mount<RwSymptomChecklist>(`<rw-symptom-checklist substance="heroin" audience="${audience}"></rw-symptom-checklist>`);
        await choose(el, 'Yawning a lot');
        const status = text(root(el).querySelector('[part~="result"]'));
        const who = audience === 'self' ? "you don't" : "they don't";
        expect(status).to.contain(`If ${who} have a prescription, withdrawal can be a sign of opioid use disorder. Medication treatment can help. ${route}`);
        expect(status).to.match(/Medication treatment can help\. [^.]+\. If (you|they) stop or cut down/);
      }
    });

    it('the dependence note and the facts say dependence "can happen", never "expected"', async () => {
      const checklist = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="oxycodone" audience="loved-one"></rw-symptom-checklist>');
      expect(text(root(checklist).querySelectorAll('fieldset')[2])).to.contain(
        'If they take an opioid as prescribed, these symptoms can be signs of physical dependence. This can happen even at prescribed doses. On its own it is not opioid use disorder.',
      );
      const facts = await mount('<rw-substance-facts substance="opioids"></rw-substance-facts>');
      expect(text(root(facts))).to.contain('Tolerance and withdrawal can happen when someone takes opioids as prescribed.');
      for (const el of [checklist, facts]) expect(text(root(el))).not.to.match(/\bexpected\b/i);
    });

    it('fentanyl facts: 911 before naloxone, fentanyl overdoses (not all), a time frame on the 70%', async () => {
      const shown = text(root(await mount('<rw-substance-facts substance="fentanyl"></rw-substance-facts>')));
      expect(shown).to.contain('Still call 911 and give naloxone.');
      expect(shown).not.to.contain('Still give naloxone and call 911.');
      expect(shown).to.contain('Most recent fentanyl overdoses involve illegally made fentanyl.');
      expect(shown).to.contain('In recent years, synthetic opioids such as fentanyl were involved in nearly 70% of overdose deaths.');
    });

    it('timeline: the X-waiver ended at the end of 2022; starting naltrexone sooner "can" cause withdrawal', async () => {
      const shown = text(root(await mount('<rw-treatment-timeline substance="opioids" expanded></rw-treatment-timeline>')));
      expect(shown).to.contain('No special waiver has been needed since the end of 2022.');
      expect(shown).to.contain('Starting sooner can cause sudden, severe withdrawal.');
      expect(shown).not.to.match(/since 2023|Starting sooner causes/);
    });

    it('the medication-gap card says who needed treatment, and from which survey (MMWR 2024;73(25))', async () => {
      const el = await mount('<rw-stat-cards substance="opioids"></rw-stat-cards>');
      const gap = [...root(el).querySelectorAll('[part~="card"]')].find((item) => text(item).includes('25%'))!;
      expect(text(gap.querySelector('[part~="definition"]'))).to.equal(
        'In 2022, about 1 in 27 U.S. adults (3.7%) needed treatment for opioid use disorder. Data from the national household survey (NSDUH).',
      );
    });
  });

  describe('Spanish', () => {
    it('the opioid overdose card in Spanish', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="opioids" lang="es"></rw-symptom-checklist>');
      await choose(el, 'Labios o uñas azulados, grises o pálidos');
      expect(text(card(el)!.querySelector('h3'))).to.equal('Posible sobredosis: actúe ahora');
      expect([...card(el)!.querySelectorAll('ol > li')].map(text)[1]).to.equal('Dele naloxona si la tiene.');
    });

    it('the alcohol self-check in Spanish, with its own heading', async () => {
      const el = await mount<RwSymptomChecklist>('<rw-symptom-checklist substance="alcohol" lang="es"></rw-symptom-checklist>');
      expect(text(root(el).querySelector('h2'))).to.equal('Revise si hay señales de un problema con el alcohol');
      expect(text(root(el))).to.contain('No deje de beber de golpe por su cuenta');
    });

    it('the fentanyl facts in Spanish name it in Spanish', async () => {
      const el = await mount('<rw-substance-facts substance="fentanyl" lang="es"></rw-substance-facts>');
      expect(text(root(el).querySelector('h2'))).to.equal('Sobre el fentanilo');
    });
  });

  it('clonazepam stays the default', async () => {
    const el = await mount('<rw-substance-facts></rw-substance-facts>');
    expect(text(root(el).querySelector('h2'))).to.equal('About clonazepam (Klonopin)');
  });

  it('an unknown substance warns once and shows the default', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount('<rw-substance-facts substance="whiskey"></rw-substance-facts>');
      expect(warnings.messages).to.deep.equal(['[recovery-widgets] <rw-substance-facts> substance="whiskey" is not one of clonazepam, alprazolam, alcohol, opioids, fentanyl, heroin, oxycodone; using clonazepam.']);
      expect(text(root(el).querySelector('h2'))).to.equal('About clonazepam (Klonopin)');
    } finally {
      warnings.restore();
    }
  });
});
