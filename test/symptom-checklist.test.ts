import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/symptom-checklist.js';
import type { RwSymptomChecklist } from '../src/symptom-checklist.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { captureWarnings, focusJustBefore, preventNavigation, recordLeaks } from './page-guards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: RwSymptomChecklist) => el.shadowRoot!;
const statusText = (el: RwSymptomChecklist) => text(root(el).querySelector('[role="status"]'));
const card = (el: RwSymptomChecklist) => root(el).querySelector('[part~="emergency-card"]');
const groups = (el: RwSymptomChecklist) => [...root(el).querySelectorAll('fieldset')];
const boxesIn = (group: Element) => [...group.querySelectorAll<HTMLInputElement>('input')];
const labelsIn = (group: Element) => [...group.querySelectorAll('label')].map(text);

/** Clicks the checkbox or radio whose label reads `label` and waits for the re-render. */
async function choose(el: RwSymptomChecklist, label: string, groupIndex?: number) {
  const scope = groupIndex == null ? root(el) : groups(el)[groupIndex];
  const item = [...scope.querySelectorAll('label')].find((l) => text(l) === label);
  if (!item) throw new Error(`no item "${label}"`);
  item.querySelector('input')!.click();
  await el.updateComplete;
}

function recordResults(el: Element) {
  const details: unknown[] = [];
  el.addEventListener('rw-result', (event) => details.push((event as CustomEvent).detail));
  return details;
}

const SEED_WITHDRAWAL = [
  'Feeling sick to your stomach (nausea)',
  'Headaches',
  'Muscle pain',
  'Feeling irritable or on edge',
  'Trouble concentrating',
  'Panic attacks',
  'Muscle spasms or twitching',
  'More anxiety than before',
];
const DANGER_SELF = [
  'A seizure (convulsions)',
  "Feeling very confused, or seeing or hearing things that aren't there",
  'Thoughts of suicide or of hurting yourself',
  'Very slow breathing, or struggling to stay awake',
];
const CAGE_AID = [
  '1. Have you ever felt that you ought to cut down on your drinking or drug use?',
  '2. Have people annoyed you by criticizing your drinking or drug use?',
  '3. Have you ever felt bad or guilty about your drinking or drug use?',
  '4. Have you ever had a drink or used drugs first thing in the morning to steady your nerves or to get rid of a hangover?',
];

describe('<rw-symptom-checklist>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  describe('mode="signs" (default)', () => {
    it('is a named region: danger signs first, then the seed\'s eight withdrawal symptoms, then behaviours', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const nodes = axNodes(await axTree('rw-symptom-checklist'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal('Check for signs of a problem with clonazepam (Klonopin)');
      const names = nodes.filter((n) => n.role === 'group' && n.name).map((n) => n.name);
      expect(names).to.deep.equal([
        'First: is any of this happening now, or has it happened since you cut down?',
        'When you miss a dose or take less, do you get any of these?',
        'Do any of these sound like you?',
      ]);
      const [danger, withdrawal, behaviours] = groups(el);
      expect(labelsIn(danger)).to.deep.equal(DANGER_SELF);
      expect(labelsIn(withdrawal)).to.deep.equal(SEED_WITHDRAWAL);
      expect(labelsIn(behaviours)).to.include.members([
        'Taking more than prescribed, or taking it more often',
        'Running out of the prescription early',
        'Getting prescriptions from more than one prescriber',
        'Trying to cut down or stop, and not managing to',
      ]);
      expect(text(root(el).querySelector('section')).toLowerCase()).not.to.contain('motivation');
      expect(nodes.filter((n) => n.role === 'checkbox')).to.have.length(DANGER_SELF.length + SEED_WITHDRAWAL.length + 6);
    });

    it('says it is a screen, not a diagnosis, exactly what the page can learn, and the two safety notes', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const all = text(root(el).querySelector('section'));
      expect(all).to.contain('This is a screen, not a diagnosis.');
      expect(all).to.contain(
        'Your answers stay in your browser. They are not saved or sent anywhere. The site can learn only which kind of result you got, never your answers.',
      );
      expect(all).not.to.contain('Your answers stay on this page.');
      expect(text(groups(el)[1])).to.contain(
        'If you take clonazepam as prescribed, these symptoms can be signs of physical dependence. That is common, and it is not the same as addiction.',
      );
      expect(all).to.contain("Don't stop taking clonazepam suddenly. It can cause seizures and other dangerous reactions. Talk to your prescriber before you change your dose.");
    });

    it('updates the polite live result as boxes change, each result ending in a next step and the call link', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const status = axNodes(await axTree('rw-symptom-checklist')).find((n) => n.role === 'status');
      expect(status, 'a status (polite live) region').to.exist;
      expect(statusText(el)).to.equal("No signs checked. If you are still worried, it's OK to ask. Talk to your prescriber, or call the number below. No prescription of your own? Talk with a doctor, or call the free SAMHSA National Helpline below.");
      await choose(el, 'Running out of the prescription early');
      expect(statusText(el)).to.equal('You checked a few warning signs. They are worth talking about. Talk to your prescriber soon, or call the number below to talk it through. No prescription of your own? Talk with a doctor, or call the free SAMHSA National Helpline below.');
      await choose(el, 'Strong urges (cravings) to take it');
      await choose(el, 'Getting prescriptions from more than one prescriber');
      expect(statusText(el)).to.equal("You checked several warning signs. Please get support soon. Talk to your prescriber, or call the number below today. You don't have to do this alone. No prescription of your own? Talk with a doctor, or call the free SAMHSA National Helpline below.");
      expect(linksIn(root(el).querySelector('.next')!)).to.deep.equal([{ name: 'Call (844) 318-7500', href: 'tel:+18443187500' }]);
    });

    it('never counts withdrawal symptoms as warning signs: alone, they get physical-dependence guidance', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const results = recordResults(el);
      for (const symptom of SEED_WITHDRAWAL) await choose(el, symptom);
      expect(statusText(el)).to.equal(
        'You checked withdrawal symptoms. On their own, they can be a sign of physical dependence, which is common and is not addiction. Talk to your prescriber about them, and never stop suddenly. No prescription of your own? Talk with a doctor, or call the free SAMHSA National Helpline below.',
      );
      // Not 'some', the warning-sign level: the host must not count dependence as a warning sign.
      expect(results).to.deep.equal([{ widget: 'symptom-checklist', mode: 'signs', level: 'withdrawal' }]);
      await choose(el, 'Running out of the prescription early');
      expect(statusText(el)).to.match(/^You checked a few warning signs\./);
      expect(results.map((result) => (result as { level: string }).level)).to.deep.equal(['withdrawal', 'some']);
      await choose(el, 'Running out of the prescription early');
      for (const symptom of SEED_WITHDRAWAL) await choose(el, symptom);
      expect(results.map((result) => (result as { level: string }).level)).to.deep.equal(['withdrawal', 'some', 'withdrawal', 'none']);
    });

    it('fires rw-result with { widget, mode, level } only when the level changes', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const results = recordResults(el);
      const behaviours = ['Running out of the prescription early', 'Strong urges (cravings) to take it', 'Trying to cut down or stop, and not managing to'];
      for (const item of behaviours) await choose(el, item);
      for (const item of behaviours.reverse()) await choose(el, item);
      expect(results).to.deep.equal([
        { widget: 'symptom-checklist', mode: 'signs', level: 'some' },
        { widget: 'symptom-checklist', mode: 'signs', level: 'several' },
        { widget: 'symptom-checklist', mode: 'signs', level: 'some' },
        { widget: 'symptom-checklist', mode: 'signs', level: 'none' },
      ]);
    });

    it('works with the keyboard only: Tab to a box, Space to check it', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const removeStart = focusJustBefore(el);
      await sendKeys({ press: 'Tab' });
      const first = boxesIn(groups(el)[0])[0];
      expect(root(el).activeElement).to.equal(first);
      for (let i = 0; i < DANGER_SELF.length; i++) await sendKeys({ press: 'Tab' });
      const nausea = root(el).activeElement as HTMLInputElement;
      expect(text(nausea.closest('label'))).to.equal('Feeling sick to your stomach (nausea)');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(nausea.checked).to.equal(true);
      expect(statusText(el)).to.match(/^You checked withdrawal symptoms\./);
      removeStart();
    });

    it('is accessible (axe) with none, some and several signs checked', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      await expect(el).to.be.accessible();
      await choose(el, 'Headaches');
      await expect(el).to.be.accessible();
      await choose(el, 'Running out of the prescription early');
      await choose(el, 'Strong urges (cravings) to take it');
      await choose(el, 'Trying to cut down or stop, and not managing to');
      await expect(el).to.be.accessible();
    });
  });

  describe('danger signs', () => {
    for (const sign of DANGER_SELF) {
      it(`"${sign}" shows the emergency card at once, above everything, with only 911, 988 and Poison Help links and a way to undo`, async () => {
        const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
        const results = recordResults(el);
        await choose(el, 'Headaches');
        await choose(el, sign, 0);
        const shown = card(el)!;
        expect(shown).to.exist;
        const section = root(el).querySelector('section')!;
        const [heading, alertBox, intro] = section.children;
        expect(heading.localName).to.equal('h2');
        expect(alertBox.contains(shown), 'card comes right after the heading, above everything else').to.equal(true);
        expect(intro.getAttribute('part')).to.equal('intro');
        const alert = axNodes(await axTree('rw-symptom-checklist')).find((n) => n.role === 'alert');
        expect(axNodes(alert!).some((n) => n.role === 'heading' && n.name === 'Get emergency help now')).to.equal(true);
        expect(linksIn(shown)).to.deep.equal([
          { name: 'Call 911', href: 'tel:911' },
          { name: 'Call 988', href: 'tel:988' },
          { name: 'Text 988', href: 'sms:988' },
          { name: 'Call (800) 222-1222', href: 'tel:+18002221222' },
        ]);
        // Harm done, or too much on purpose, is 911; Poison Help is for an extra dose by mistake, with a
        // way back to 911 (clinical-notes.md §3): "took too much" never gets two routes.
        expect(text(shown)).to.contain('Hurt yourself, or took too much on purpose? Call 911.');
        expect(text(shown)).to.contain(
          'Took an extra dose by mistake, but awake and breathing normally? Call Poison Help for advice. If sleepiness or breathing gets worse, call 911.',
        );
        expect(text(shown)).not.to.contain('Took too much, but awake');
        // No other link competes: the help line, the quiet emergency line and the sources step aside.
        expect([...section.querySelectorAll('a')].filter((a) => !shown.contains(a))).to.deep.equal([]);
        expect(root(el).querySelector('[part~="clear"]'), 'Clear my answers stays').to.exist;
        expect(statusText(el)).to.equal('');
        expect(results.at(-1)).to.deep.equal({ widget: 'symptom-checklist', mode: 'signs', level: 'emergency' });
      });
    }

    it('is announced once: a second danger sign keeps the same card; unchecking brings the result back', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      await choose(el, 'A seizure (convulsions)');
      const first = card(el);
      await choose(el, 'Thoughts of suicide or of hurting yourself');
      expect(card(el)).to.equal(first);
      expect(root(el).querySelectorAll('[role="alert"] [part~="emergency-card"]')).to.have.length(1);
      await expect(el).to.be.accessible();
      await choose(el, 'A seizure (convulsions)');
      await choose(el, 'Thoughts of suicide or of hurting yourself');
      expect(card(el)).to.equal(null);
      expect(statusText(el)).to.match(/^No signs checked\./);
    });
  });

  describe('mode="cage-aid"', () => {
    it('asks the four CAGE-AID questions verbatim, after the preface, as yes/no groups', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>`);
      const nodes = axNodes(await axTree('rw-symptom-checklist'));
      expect(nodes.filter((n) => n.role === 'group' && n.name).map((n) => n.name)).to.deep.equal(CAGE_AID);
      expect(nodes.filter((n) => n.role === 'radio').map((n) => n.name)).to.deep.equal(Array(4).fill(['Yes', 'No']).flat());
      expect(text(root(el).querySelector('.preface'))).to.equal(
        'When thinking about drug use, include illegal drug use and the use of prescription drugs other than prescribed.',
      );
      expect(statusText(el)).to.equal('Answer all 4 questions to see the result.');
    });

    for (let yes = 0; yes <= 4; yes++) {
      it(`scores ${yes} "yes" of 4: ${yes >= 2 ? 'positive' : 'negative'} at the default threshold of 2`, async () => {
        const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>`);
        const results = recordResults(el);
        for (const [i, group] of groups(el).entries()) {
          boxesIn(group)[i < yes ? 0 : 1].click();
          await el.updateComplete;
        }
        const positive = yes >= 2;
        expect(statusText(el)).to.contain(`You answered yes to ${yes} of 4 questions.`);
        expect(statusText(el)).to.contain(
          positive
            ? 'suggest a possible problem'
            : yes === 1
              ? 'One "yes" is below the cut-off used here, but some doctors count one "yes" as a reason to talk more.'
              : "don't point to a problem. A short screen can miss one",
        );
        if (yes === 1) expect(statusText(el)).not.to.contain("don't point to a problem");
        expect(statusText(el)).to.contain('This is a screen, not a diagnosis.');
        expect(results).to.deep.equal([{ widget: 'symptom-checklist', mode: 'cage-aid', level: positive ? 'positive' : 'negative' }]);
        await expect(el).to.be.accessible();
      });
    }

    it('works with the keyboard only: Tab reaches each question, arrows pick Yes or No', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>`);
      await expect(el).to.be.accessible();
      const removeStart = focusJustBefore(el);
      for (const group of groups(el)) {
        await sendKeys({ press: 'Tab' });
        expect(boxesIn(group)).to.include(root(el).activeElement);
        await sendKeys({ press: 'Space' });
      }
      await el.updateComplete;
      expect(statusText(el)).to.contain('You answered yes to 4 of 4 questions.');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(statusText(el)).to.contain('You answered yes to 3 of 4 questions.');
      removeStart();
    });

    it('threshold 1 or 2 changes the cut-off and the accuracy shown; 3 has no published accuracy, so it warns and uses 2', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist mode="cage-aid" threshold="1"></rw-symptom-checklist>`);
      const about = root(el).querySelector('details')!;
      expect(text(about.querySelector('summary'))).to.equal('About this screen');
      expect(text(about)).to.contain('sensitivity 79%').and.contain('specificity 77%').and.contain('Brown');
      boxesIn(groups(el)[0])[0].click();
      await el.updateComplete;
      expect(statusText(el)).to.contain('You answered yes to 1 of 4 questions.').and.contain('suggest a possible problem');
      const warnings = captureWarnings();
      try {
        el.threshold = '3';
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('threshold="3"').and.contain('published accuracy (1 or 2)').and.contain('using 2');
      } finally {
        warnings.restore();
      }
      expect(text(root(el).querySelector('details'))).to.contain('at 2 or more "yes" answers').and.contain('sensitivity 70%');
      el.removeAttribute('threshold');
      await el.updateComplete;
      expect(text(root(el).querySelector('details'))).to.contain('sensitivity 70%').and.contain('specificity 85%');
    });
  });

  describe('audience="loved-one"', () => {
    it('speaks about "your loved one" in headings, items, results and the emergency card', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist audience="loved-one"></rw-symptom-checklist>`);
      const nodes = axNodes(await axTree('rw-symptom-checklist'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal("Worried about someone's clonazepam (Klonopin) use?");
      expect(nodes.filter((n) => n.role === 'group' && n.name).map((n) => n.name)).to.deep.equal([
        'First: is any of this happening to your loved one now, or has it happened since they cut down?',
        'When they miss a dose or take less, do they get any of these?',
        'Have you noticed your loved one doing any of these?',
      ]);
      expect(labelsIn(groups(el)[1])[0]).to.equal('Feeling sick to their stomach (nausea)');
      expect(statusText(el)).to.contain('worried about your loved one');
      await choose(el, 'Talking about suicide or about hurting themselves');
      expect(text(card(el))).to.contain('Is your loved one thinking about suicide or hurting themselves? Call or text 988.');
      expect(text(card(el))).to.contain('Have they hurt themselves, or taken too much on purpose? Call 911.');
      await expect(el).to.be.accessible();
    });

    it('cage-aid asks about the loved one and says answering for someone else is a rough guide', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist mode="cage-aid" audience="loved-one"></rw-symptom-checklist>`);
      expect(text(groups(el)[0].querySelector('legend'))).to.equal(
        '1. Has your loved one ever felt that they ought to cut down on their drinking or drug use?',
      );
      expect(text(root(el).querySelector('section'))).to.contain('Answering for someone else gives only a rough guide.');
      for (const group of groups(el)) boxesIn(group)[0].click();
      await el.updateComplete;
      expect(statusText(el)).to.contain('your loved one may have a problem');
    });
  });

  describe('light-DOM list', () => {
    it('the author\'s items become the checklist, as text; danger signs stay first', async () => {
      const el = await fixture<RwSymptomChecklist>(html`
        <rw-symptom-checklist>
          <ul>
            <li>Sleeping badly</li>
            <li><b>Feeling</b> restless</li>
            <li>&lt;img src=x onerror="window.__pwned=1"&gt;</li>
          </ul>
        </rw-symptom-checklist>
      `);
      expect(groups(el)).to.have.length(2);
      expect(labelsIn(groups(el)[0])).to.deep.equal(DANGER_SELF);
      expect(labelsIn(groups(el)[1])).to.deep.equal(['Sleeping badly', 'Feeling restless', '<img src=x onerror="window.__pwned=1">']);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await choose(el, 'Sleeping badly');
      expect(statusText(el)).to.match(/^You checked a few warning signs\./);
      expect(text(root(el).querySelector('details'))).to.contain('Provided by');
    });

    it('an empty list warns and falls back to the pack\'s signs', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist><ul> </ul></rw-symptom-checklist>`);
        expect(groups(el)).to.have.length(3);
        expect(warnings.messages[0]).to.contain('<rw-symptom-checklist>').and.contain('child <ul>').and.contain('has no items');
        expect(linksIn(root(el).querySelector('.next')!)[0].href).to.equal('tel:+18443187500');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('Clear my answers', () => {
    it('unchecks everything, says so, reports "none" and moves focus to the first box', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      await choose(el, 'Headaches');
      await choose(el, 'Running out of the prescription early');
      const results = recordResults(el);
      const clear = root(el).querySelector<HTMLButtonElement>('[part~="clear"]')!;
      expect(text(clear)).to.equal('Clear my answers');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(boxesIn(root(el).querySelector('section')!).every((box) => !box.checked)).to.equal(true);
      expect(statusText(el)).to.match(/^Your answers have been cleared\. No signs checked\./);
      expect(results).to.deep.equal([{ widget: 'symptom-checklist', mode: 'signs', level: 'none' }]);
      expect(root(el).activeElement).to.equal(boxesIn(groups(el)[0])[0]);
    });

    it('clears cage-aid answers too', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>`);
      for (const group of groups(el)) boxesIn(group)[0].click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
      await el.updateComplete;
      expect(boxesIn(root(el).querySelector('section')!).some((box) => box.checked)).to.equal(false);
      expect(statusText(el)).to.equal('Your answers have been cleared. Answer all 4 questions to see the result.');
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('makes no request, sets no cookie and writes no storage while used; events carry no answers', async () => {
      const recorder = recordLeaks();
      try {
        const el = await fixture<RwSymptomChecklist>(html`<div>
          <rw-symptom-checklist></rw-symptom-checklist>
          <rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>
        </div>`);
        const [signs, screen] = el.querySelectorAll('rw-symptom-checklist');
        const details: object[] = [];
        el.addEventListener('rw-result', (event) => details.push(event.detail));
        for (const box of boxesIn(root(signs).querySelector('section')!)) {
          box.click();
          await signs.updateComplete;
        }
        for (const group of groups(screen)) boxesIn(group)[0].click();
        await screen.updateComplete;
        root(signs).querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
        await signs.updateComplete;
        expect(recorder.leaks()).to.deep.equal([]);
        expect(details.length).to.be.greaterThan(2);
        for (const detail of details) expect(Object.keys(detail).sort()).to.deep.equal(['level', 'mode', 'widget']);
        for (const element of [signs, screen]) {
          expect([...element.attributes].map((a) => a.name).sort()).to.deep.equal(element === screen ? ['mode'] : []);
        }
      } finally {
        recorder.restore();
      }
    });
  });

  describe('shared help line, theme and bad input', () => {
    it('phone sets the call link, exactly as on the banner', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist phone="555-010-2000"></rw-symptom-checklist>`);
      expect(linksIn(root(el).querySelector('.next')!)).to.deep.equal([{ name: 'Call (555) 010-2000', href: 'tel:+15550102000' }]);
    });

    it('fires rw-call from its call link', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      const calls: unknown[] = [];
      el.addEventListener('rw-call', (event) => calls.push(event.detail));
      root(el).querySelector<HTMLAnchorElement>('[part~="call"]')!.click();
      expect(calls).to.deep.equal([{ phone: '+18443187500', channel: 'call', widget: 'symptom-checklist' }]);
    });

    it('checkbox rows, radios and buttons are at least 24px tall; boundaries survive forced colors', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist></rw-symptom-checklist>`);
      for (const target of root(el).querySelectorAll('label, button, [part~="call"]')) {
        expect(target.getBoundingClientRect().height, text(target)).to.be.at.least(24);
      }
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        for (const box of [root(el).querySelector('section')!, groups(el)[0]]) {
          expect(getComputedStyle(box).borderTopStyle).to.equal('solid');
        }
        await choose(el, 'A seizure (convulsions)');
        expect(getComputedStyle(card(el)!).borderTopStyle).to.equal('solid');
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('is accessible (axe) with theme="dark" and the sources open', async () => {
      const el = await fixture<RwSymptomChecklist>(html`<rw-symptom-checklist theme="dark"></rw-symptom-checklist>`);
      root(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
      for (const { href } of linksIn(root(el))) expect(href).to.match(/^(https:|tel:|sms:)/);
    });

    const bad: [string, string, string][] = [
      ['mode', 'quiz', 'signs'],
      ['audience', 'them', 'self'],
      ['substance', 'kryptonite', 'clonazepam'],
      ['threshold', 'two', '2'],
      ['threshold', '0', '2'],
      ['threshold', '3', '2'],
      ['threshold', '4', '2'],
      ['threshold', '5', '2'],
      ['threshold', '2.5', '2'],
      ['phone', 'call-me', '(844) 318-7500'],
    ];
    for (const [attribute, value, fallback] of bad) {
      it(`${attribute}="${value}" warns and falls back to ${fallback}, keeping the help line`, async () => {
        const warnings = captureWarnings();
        try {
          const el = document.createElement('rw-symptom-checklist');
          if (attribute === 'threshold') el.setAttribute('mode', 'cage-aid');
          el.setAttribute(attribute, value);
          const host = await fixture<HTMLElement>(html`<div></div>`);
          host.append(el);
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<rw-symptom-checklist>').and.contain(`${attribute}=${JSON.stringify(value)}`);
          expect(linksIn(root(el).querySelector('.next')!)).to.deep.equal([{ name: 'Call (844) 318-7500', href: 'tel:+18443187500' }]);
          if (attribute === 'mode' || attribute === 'audience') expect(groups(el)[0].querySelector('legend')!.textContent).to.equal('First: is any of this happening now, or has it happened since you cut down?');
          if (attribute === 'threshold') expect(text(root(el).querySelector('details'))).to.contain('at 2 or more "yes" answers');
        } finally {
          warnings.restore();
        }
      });
    }
  });
});

describe('<rw-symptom-checklist>: the emergency card opening above the focused checkbox', () => {
  it('keeps the focused checkbox on screen, with the card announced above it', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    // 360 × 800, the most common phone viewport: the whole card (911, 988 and Poison Help routes)
    // and the checkbox fit in it together.
    await setViewport({ width: 360, height: 800 });
    const page = await fixture<HTMLElement>(html`<div><div style="height: 300px"></div><rw-symptom-checklist></rw-symptom-checklist><div style="height: 3000px"></div></div>`);
    const el = page.querySelector('rw-symptom-checklist') as RwSymptomChecklist;
    await el.updateComplete;
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    const box = inputs[0];
    // The first danger sign halfway down an unscrolled page (where scroll anchoring does not apply).
    window.scrollTo(0, 0);
    const spacer = page.firstElementChild as HTMLElement;
    spacer.style.height = `${300 + 500 - box.getBoundingClientRect().top}px`;
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const focused = el.shadowRoot!.activeElement!;
    const rect = focused.getBoundingClientRect();
    const card = el.shadowRoot!.querySelector('[part~="emergency-card"]')!;
    try {
      expect(focused === box, 'focus stays on the checkbox').to.equal(true);
      expect(card.closest('[role="alert"]') !== null, 'the card is in an alert region').to.equal(true);
      expect(rect.top, 'checkbox top').to.be.at.least(0);
      expect(rect.bottom, 'checkbox bottom').to.be.at.most(innerHeight);
      expect(card.getBoundingClientRect().top, 'the card\'s top is on screen too').to.be.at.least(0);
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });
});
