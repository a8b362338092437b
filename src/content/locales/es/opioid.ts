import type { Pack, Translation } from '../../types.js';
import { crisisRouteEs, DEPENDS_ES, suicideSignEs } from './families-shared.js';

/**
 * The opioid family in Spanish: the text of families/opioid.ts, by section and id, for the family
 * and for each name within it. Drug names: fentanilo, heroína, oxicodona (NIDA ES; opioid-notes.md §7.2).
 */

/** What a name within the family adds, in Spanish (families/opioid.ts `VARIANTS`). */
interface VariantEs {
  /** The substance with its article, as the headings use it ("el fentanilo"). */
  name: string;
  /** The heading's substance without article, after "con" ("opioides", "fentanilo"). */
  bare: string;
  whatItIs: Record<string, { text: string }>;
  safety: Record<string, { text: string }>;
  stats: Record<string, { figure?: string; label: string; definition: string; year?: string }>;
  street: boolean;
}

const xylazineEs = {
  xylazine: {
    text: 'Se ha encontrado xilacina, un sedante para animales, mezclada con opioides de la calle. Hace más lentos la respiración y el ritmo del corazón. La naloxona no la revierte.',
  },
  'xylazine-still-naloxone': { text: 'Aun así, llame al 911 y dé naloxona. La mayoría de las muertes con xilacina también tienen que ver con fentanilo.' },
};

const VARIANTS_ES: Record<'opioids' | 'fentanyl' | 'heroin' | 'oxycodone', VariantEs> = {
  opioids: { name: 'los opioides', bare: 'los opioides', whatItIs: {}, safety: {}, stats: {}, street: false },
  fentanyl: {
    name: 'el fentanilo',
    bare: 'el fentanilo',
    whatItIs: {
      'fentanyl-two-kinds': {
        text: 'El fentanilo es un medicamento recetado para el dolor intenso, por ejemplo después de una cirugía. La mayoría de las sobredosis recientes de fentanilo tienen que ver con fentanilo fabricado de forma ilegal.',
      },
      'fentanyl-strength': { text: 'El fentanilo es hasta 50 veces más fuerte que la heroína y 100 veces más fuerte que la morfina.' },
      'fentanyl-deaths': {
        text: 'En los últimos años, los opioides sintéticos como el fentanilo estuvieron presentes en casi el 70% de las muertes por sobredosis.',
      },
    },
    safety: xylazineEs,
    stats: {},
    street: true,
  },
  heroin: {
    name: 'la heroína',
    bare: 'la heroína',
    whatItIs: {
      'heroin-fentanyl': {
        text: 'El fentanilo fabricado de forma ilegal se puede mezclar con la heroína. Es posible que la persona no sepa que lo tiene.',
      },
    },
    safety: xylazineEs,
    stats: {},
    street: true,
  },
  oxycodone: {
    name: 'la oxicodona',
    bare: 'la oxicodona',
    whatItIs: {
      'rx-what': { text: 'La oxicodona es un opioide recetado. Se usa para tratar el dolor.' },
      'rx-fake-pills': {
        text: 'Hay pastillas falsas hechas para parecer recetadas que pueden tener fentanilo. Tome solo pastillas de una farmacia.',
      },
    },
    safety: { 'rx-store': { text: 'Guarde los opioides recetados en un lugar seguro y nunca los comparta.' } },
    stats: {
      'rx-share-2020': {
        figure: 'Casi el 18%',
        label: 'de las muertes por sobredosis de opioides tuvieron que ver con un opioide recetado',
        definition: 'Muertes en Estados Unidos con cualquier opioide, en las que uno de ellos fue un opioide recetado.',
        year: '2020',
      },
    },
    street: false,
  },
};

const opioidEs = (variant: VariantEs): Translation<Pack> => ({
  wording: {
    factsHeading: `Sobre ${variant.name}`,
    factSections: {
      whatItIs: '¿Qué son los opioides?',
      inTheBody: 'Cómo actúan los opioides en el cuerpo',
      dependence: 'Tolerancia, dependencia y síntomas de abstinencia',
    },
    factsCta: '¿Tiene preguntas sobre los opioides o el tratamiento? Llame para pedir consejo.',
    checklist: {
      heading: {
        self: `Revise si hay señales de un problema con ${variant.bare}`,
        lovedOne: `¿Le preocupa cómo alguien usa ${variant.bare}?`,
      },
      dangerLegend: {
        self: 'Primero: ¿le está pasando algo de esto ahora?',
        lovedOne: 'Primero: ¿le está pasando algo de esto a su ser querido ahora?',
      },
      ...(variant.street
        ? {
            withdrawalLegend: {
              self: 'Cuando pasa un tiempo sin opioides o usa menos, ¿le pasa algo de esto?',
              lovedOne: 'Cuando su ser querido pasa un tiempo sin opioides o usa menos, ¿le pasa algo de esto?',
            },
          }
        : {}),
      emergencyHeading: 'Posible sobredosis: actúe ahora',
      risksLegend: { self: 'Preguntas sobre el riesgo de sobredosis', lovedOne: 'Preguntas sobre el riesgo de sobredosis' },
      risksNote: 'Estas preguntas no se califican y no son parte de la prueba de detección. Si marca una, verá información de seguridad.',
      result: {
        self: {
          none: [
            'No marcó ninguna señal.',
            'Si todavía le preocupa su consumo de opioides, está bien preguntar. Hable con un profesional de salud o llame al número de abajo.',
          ],
          withdrawal: [
            'Marcó síntomas de abstinencia.',
            'Si toma opioides según la receta, esto puede ser dependencia física. Puede pasar aun con las dosis recetadas y, por sí sola, no es un trastorno por consumo de opioides. Hable de esto con quien se los receta. Si no tiene receta, los síntomas de abstinencia pueden ser una señal de un trastorno por consumo de opioides. El tratamiento con medicamentos puede ayudar. Hable con un profesional de salud o llame al número de abajo. Si deja de usarlos o usa menos, su tolerancia baja, así que tenga naloxona a mano.',
          ],
          some: [
            'Marcó algunas señales de alerta.',
            'Vale la pena hablar de ellas. Hable pronto con un profesional de salud, o llame al número de abajo para conversarlo. El medicamento para el trastorno por consumo de opioides funciona.',
          ],
          several: [
            'Marcó varias señales de alerta.',
            'Por favor, busque apoyo pronto. Hable con un profesional de salud, o llame hoy al número de abajo. El tratamiento con medicamentos funciona, y no tiene que hacerlo solo.',
          ],
        },
        lovedOne: {
          none: [
            'No marcó ninguna señal.',
            'Si todavía le preocupa el consumo de opioides de su ser querido, está bien preguntar. Puede llamar al número de abajo para pedir consejo, aunque su ser querido no esté listo.',
          ],
          withdrawal: [
            'Marcó síntomas de abstinencia.',
            'Si su ser querido toma opioides según la receta, esto puede ser dependencia física. Puede pasar aun con las dosis recetadas y, por sí sola, no es un trastorno por consumo de opioides. Anímele a hablar con quien se los receta. Si su ser querido no tiene receta, los síntomas de abstinencia pueden ser una señal de un trastorno por consumo de opioides. El tratamiento con medicamentos puede ayudar. Puede llamar al número de abajo para pedir consejo. Si deja de usarlos o usa menos, su tolerancia baja, así que tengan naloxona a mano.',
          ],
          some: [
            'Marcó algunas señales de alerta.',
            'Vale la pena hablar de ellas. Anime a su ser querido a hablar con un profesional de salud. Puede llamar al número de abajo para pedir consejo sobre cómo empezar. El medicamento para el trastorno por consumo de opioides funciona.',
          ],
          several: [
            'Marcó varias señales de alerta.',
            'Es posible que su ser querido necesite apoyo pronto. Anímele a hablar con un profesional de salud, y llame hoy al número de abajo para pedir consejo. El tratamiento con medicamentos funciona, y no tiene que hacerlo solo.',
          ],
        },
      },
    },
    timelineHeadings: { program: 'Su camino en el tratamiento de los opioides' },
    cycleHeading: 'Cómo funciona el ciclo del trastorno por consumo de opioides',
    cycleCta: '¿Quiere hablar sobre el medicamento y el tratamiento? Llame para pedir consejo.',
    statsHeading: 'Los opioides y las sobredosis en Estados Unidos',
    statsNote: 'Medidas y años diferentes; no es una tendencia.',
  },
  signs: {
    danger: {
      'cant-wake': {
        text: {
          self: 'Alguien que está con usted no se despierta, o a usted le cuesta mucho mantenerse despierto',
          lovedOne: 'Usted no logra despertar a su ser querido, o no responde',
        },
      },
      breathing: { text: 'Respiración lenta, débil o ausente, o ruidos de ahogo, gorgoteo o ronquidos' },
      'blue-lips': { text: 'Labios o uñas azulados, grises o pálidos' },
      'pinpoint-pupils': { text: 'Pupilas muy pequeñas, como la punta de un alfiler' },
      'mixed-and-sleepy': {
        text: {
          self: 'Tomó opioides con benzodiazepinas, alcohol u otros sedantes, y siente mucho sueño o mareo',
          lovedOne: 'Su ser querido tomó opioides con benzodiazepinas, alcohol u otros sedantes, y tiene mucho sueño, mareo o respira despacio',
        },
      },
      suicide: suicideSignEs,
    },
    risks: {
      'recent-break': {
        text: {
          self: '¿Volvió a usar opioides después de una pausa? Por ejemplo, después de desintoxicarse, de estar en la cárcel o de dejar el tratamiento.',
          lovedOne:
            '¿Su ser querido volvió a usar opioides después de una pausa? Por ejemplo, después de desintoxicarse, de estar en la cárcel o de dejar el tratamiento.',
        },
        safety:
          'Después de una pausa, el cuerpo pierde tolerancia. Una cantidad que antes se usaba ahora puede causar una sobredosis. Tenga naloxona a mano y no use opioides a solas.',
      },
      mixing: {
        text: {
          self: '¿Usa opioides junto con benzodiazepinas (como Xanax o Klonopin), alcohol o medicamentos para dormir?',
          lovedOne: '¿Su ser querido usa opioides junto con benzodiazepinas (como Xanax o Klonopin), alcohol o medicamentos para dormir?',
        },
        safety: 'Mezclar estas sustancias puede hacer que la respiración sea lenta o se detenga. Si alguien tiene mucho sueño o respira despacio, llame al 911.',
      },
      alone: {
        text: { self: '¿Usa opioides cuando no hay nadie más con usted?', lovedOne: '¿Su ser querido usa opioides cuando no hay nadie más con él o ella?' },
        safety:
          'Si tiene una sobredosis a solas, nadie puede darle naloxona ni llamar al 911. Trate de no usar opioides a solas. Tenga naloxona donde otras personas la encuentren.',
      },
      'not-pharmacy': {
        text: {
          self: '¿Toma pastillas que no vienen de una farmacia, o usa polvos comprados en la calle?',
          lovedOne: '¿Su ser querido toma pastillas que no vienen de una farmacia, o usa polvos comprados en la calle?',
        },
        safety:
          'Las pastillas y los polvos que no vienen de una farmacia pueden tener fentanilo, aunque parezcan reales. No se puede ver, oler ni saborear. Tenga naloxona a mano.',
      },
    },
    withdrawal: {
      yawning: { text: 'Bostezar mucho' },
      'runny-nose': { text: 'Nariz que gotea u ojos llorosos' },
      sweating: { text: 'Sudar' },
      fever: { text: 'Fiebre' },
      'vomiting-diarrhea': { text: 'Vómitos o diarrea' },
    },
    behaviours: {
      'more-than-intended': { text: 'Tomar más, o durante más tiempo, de lo que pensaba o de lo recetado' },
      'cannot-cut-down': { text: 'Intentar usar menos o dejarlo, sin lograrlo' },
      'time-spent': { text: 'Pasar mucho tiempo consiguiendo opioides, usándolos o recuperándose de sus efectos' },
      cravings: { text: 'Ganas muy fuertes de usar opioides (ansias)' },
      'falling-behind': { text: 'Atrasarse en el trabajo, la escuela o la casa' },
      'despite-problems': { text: 'Usarlos aunque causen problemas con la familia, los amigos o la salud' },
      'gave-up-activities': { text: 'Dejar de hacer actividades para usar opioides' },
      'risky-use': { text: 'Usarlos en situaciones de riesgo, como antes de manejar' },
    },
    dependenceNote: {
      text: {
        self: 'Si toma un opioide según la receta, estos síntomas pueden ser señales de dependencia física. Puede pasar aun con las dosis recetadas y, por sí sola, no es un trastorno por consumo de opioides.',
        lovedOne:
          'Si su ser querido toma un opioide según la receta, estos síntomas pueden ser señales de dependencia física. Puede pasar aun con las dosis recetadas y, por sí sola, no es un trastorno por consumo de opioides.',
      },
    },
    stoppingNote: {
      text: {
        self: 'Si deja de usarlos o usa menos, su tolerancia baja. Una dosis que antes usaba puede causar una sobredosis. Tenga naloxona a mano.',
        lovedOne:
          'Si su ser querido deja de usarlos o usa menos, su tolerancia baja. Una dosis que antes usaba puede causarle una sobredosis. Tenga naloxona a mano.',
      },
    },
    urgentNote: {
      text: '¿Vómitos o diarrea fuertes durante la abstinencia, o no puede retener líquidos? Busque atención médica hoy mismo.',
    },
    emergencyCard: {
      medical: {
        text: {
          self: '¿Le cuesta mantenerse despierto, o alguien que está con usted no se despierta o respira despacio? Llame al 911 ahora. ¿No está seguro de si es una sobredosis? Actúe como si lo fuera.',
          lovedOne: '¿No logra despertar a su ser querido, o respira despacio o no respira? Puede ser una sobredosis. ¿No está seguro? Actúe como si lo fuera.',
        },
      },
      steps: {
        call: { text: 'Llame al 911.' },
        naloxone: { text: 'Dele naloxona si la tiene.' },
        breathing: { text: 'Trate de mantener a la persona despierta y respirando.' },
        side: { text: 'Acuéstela de lado para que no se ahogue.' },
        stay: { text: 'Quédese con ella hasta que llegue la ayuda.' },
      },
      crisis: crisisRouteEs,
    },
  },
  pathways: {
    program: {
      'safe-now': {
        title: 'Manténgase a salvo desde ahora',
        summary: 'Tenga naloxona a mano, trate de no usar a solas y conozca las señales de una sobredosis.',
        details: [
          'La naloxona puede revertir una sobredosis de opioides. Se puede comprar sin receta.',
          'Guárdela donde otras personas la encuentren, y dígales dónde está.',
          'Señales de una sobredosis: no se despierta, respira despacio o no respira, labios azulados o grises.',
        ],
        duration: 'Siempre',
      },
      assessment: {
        title: 'Hable con un profesional de salud',
        summary: 'Un profesional de salud le pregunta sobre su consumo de opioides, su salud y sus metas.',
        details: [
          'Cuéntele sobre otras sustancias, otros medicamentos y su salud mental.',
          'Las preguntas y las pruebas no deben retrasar el inicio del medicamento.',
        ],
        duration: DEPENDS_ES,
      },
      medication: {
        title: 'Empiece un medicamento para el trastorno por consumo de opioides',
        summary: 'El medicamento es el tratamiento principal. Baja el riesgo de sobredosis y de volver a usar.',
        details: [
          'Hay tres: buprenorfina, metadona y naltrexona. Usted y su profesional de salud eligen juntos.',
          'Cualquier profesional que pueda recetar medicamentos controlados puede recetar buprenorfina, si la ley del estado lo permite. Desde fines de 2022 no hace falta un permiso especial.',
          'La metadona se recibe en un programa de tratamiento de opioides, una clínica autorizada.',
          'La naltrexona se empieza solo después de 7 a 10 días sin opioides. Empezar antes puede causar síntomas de abstinencia repentinos y graves.',
          'Usadas según las indicaciones, la buprenorfina y la metadona dan niveles estables, sin euforia. Tratan el trastorno.',
        ],
        duration: DEPENDS_ES,
      },
      counseling: {
        title: 'Consejería y apoyo, junto con el medicamento',
        summary: 'La consejería y los grupos de apoyo pueden ayudar. Decir que no a la consejería no debe retrasar su medicamento.',
        details: [
          'Su equipo le ofrece consejería y apoyo según lo que usted necesite.',
          'La recuperación abarca su salud, un hogar seguro, un propósito y las personas a su alrededor.',
        ],
        duration: DEPENDS_ES,
      },
      'stay-on': {
        title: 'Siga con el medicamento mientras le ayude',
        summary: 'No hay un tiempo límite fijo para el medicamento.',
        details: [
          'Si quiere dejarlo, planéelo con su profesional de salud.',
          'Después de dejarlo, la tolerancia baja y el riesgo de sobredosis sube. Tenga naloxona a mano.',
          'Volver a usar es común. Es una razón para retomar el tratamiento, no un fracaso.',
        ],
        duration: 'Mientras le ayude',
      },
    },
  },
  pathwayNote: {
    text: 'La desintoxicación sola no es un tratamiento. La mayoría de quienes solo se desintoxican vuelve a usar opioides, y su riesgo de sobredosis es mayor.',
  },
  facts: {
    whatItIs: {
      ...variant.whatItIs,
      what: {
        text: 'Los opioides incluyen medicamentos recetados para el dolor, como la oxicodona y la morfina. También incluyen drogas ilegales, como la heroína y el fentanilo fabricado de forma ilegal.',
      },
      oud: {
        text: 'El trastorno por consumo de opioides es una forma de usar opioides que causa problemas graves o malestar. Es una afección médica y tiene tratamiento.',
      },
      'fentanyl-supply': {
        text: 'El fentanilo fabricado de forma ilegal está en las drogas que se venden en la calle. Se mezcla con heroína, cocaína y metanfetamina, y se usa para hacer pastillas falsas.',
      },
      'cant-tell': { text: 'No se puede ver, oler ni saborear el fentanilo en una droga.' },
    },
    inTheBody: {
      breathing: {
        text: 'Los opioides actúan en la parte del cerebro que controla la respiración. Una cantidad excesiva puede hacer que la respiración sea lenta o se detenga. Así es como mata una sobredosis.',
      },
      'side-effects': {
        text: 'Los opioides también pueden causar sueño, confusión, estreñimiento y ánimo bajo. Con el tiempo, pueden hacer que la persona sea más sensible al dolor.',
      },
    },
    dependence: {
      'tolerance-dependence': {
        text: 'Aun tomados según la receta, los opioides pueden causar tolerancia y dependencia física. La dependencia física quiere decir que hay síntomas de abstinencia al dejarlos.',
      },
      'rx-anyone': { text: 'Cualquier persona que toma opioides recetados puede desarrollar un trastorno por consumo de opioides.' },
      'dependence-not-oud': {
        text: 'La tolerancia y los síntomas de abstinencia pueden aparecer cuando alguien toma opioides según la receta. Por sí solos, no son señales de un trastorno por consumo de opioides.',
      },
      'withdrawal-course': {
        text: 'Los síntomas de abstinencia de opioides se sienten como una gripe muy fuerte. Son difíciles, pero por sí solos no suelen poner la vida en peligro. Los vómitos o la diarrea fuertes pueden causar una deshidratación peligrosa.',
      },
      'biggest-danger-after': {
        text: 'El mayor peligro viene después. La tolerancia baja, así que volver a usar la cantidad de antes puede causar una sobredosis.',
      },
    },
    safety: {
      'tolerance-drops': {
        text: 'Después de cualquier pausa sin opioides, la tolerancia baja. Esto incluye la desintoxicación, la cárcel o dejar el tratamiento. Una dosis que antes usaba ahora puede matar.',
      },
      mixing: {
        text: 'Mezclar opioides con benzodiazepinas, alcohol u otros sedantes puede causar muchísimo sueño, respiración lenta y la muerte.',
      },
      naloxone: { text: 'La naloxona puede revertir una sobredosis de opioides. Se vende sin receta en los 50 estados.' },
      'naloxone-plus-911': { text: 'La naloxona no reemplaza la atención de emergencia. Siempre llame al 911 y quédese con la persona.' },
      'good-samaritan': {
        text: 'La mayoría de los estados tiene leyes que pueden protegerle de cargos penales cuando pide ayuda por una sobredosis.',
      },
      'detox-alone': {
        text: 'La desintoxicación sola no es un tratamiento. La mayoría de quienes solo se desintoxican vuelve a usar opioides, y su riesgo de sobredosis es mayor.',
      },
      ...variant.safety,
    },
  },
  cycle: {
    steps: {
      use: { text: 'Usar opioides y sentir alivio o placer (consumo excesivo e intoxicación).' },
      withdrawal: { text: 'Cuando pasa el efecto, aparecen los síntomas de abstinencia y el ánimo bajo (abstinencia y emociones negativas).' },
      preoccupation: { text: 'Pensar en los opioides y desearlos, incluso después de una pausa (preocupación y anticipación).' },
    },
    framing: { text: 'Este ciclo cambia el cerebro con el tiempo. El trastorno por consumo de opioides es una afección médica y tiene tratamiento.' },
    wayOut: {
      text: 'El medicamento para el trastorno por consumo de opioides puede romper el ciclo. Tenga naloxona a mano, porque la tolerancia baja después de cualquier pausa.',
    },
  },
  stats: {
    'od-deaths-2023': {
      figure: '105,007',
      label: 'muertes en Estados Unidos cuya causa principal fue una sobredosis de cualquier droga (cifra final)',
      definition: 'La tasa ajustada por edad fue de 31.3 por cada 100,000, un 4% menos que en 2022.',
      year: '2023 (cifra final)',
    },
    'opioid-deaths-2022': {
      figure: '81,806',
      label: 'muertes por sobredosis tuvieron que ver con un opioide (cifra final)',
      definition: 'Muertes en Estados Unidos. Una muerte puede tener que ver con más de una droga.',
      year: '2022 (cifra final)',
    },
    'moud-gap-2022': {
      figure: '25%',
      label: 'de los adultos de Estados Unidos (18 años o más) que necesitaban tratamiento para el trastorno por consumo de opioides recibió un medicamento',
      definition:
        'En 2022, cerca de 1 de cada 27 adultos de Estados Unidos (3.7%) necesitaba tratamiento para el trastorno por consumo de opioides. Datos de la encuesta nacional de hogares (NSDUH).',
      year: '2022',
    },
    ...variant.stats,
  },
  tips: {
    do: {
      'carry-naloxone': { text: 'Consiga naloxona. Se vende sin receta. Guárdela donde otras personas la encuentren.' },
      'learn-steps': { text: 'Aprenda los pasos: llame al 911, dé naloxona, mantenga a la persona respirando y de lado, y quédese con ella.' },
      'high-risk-times': {
        text: 'Conozca los momentos de mayor riesgo: después de la desintoxicación, la cárcel o de dejar el tratamiento. La tolerancia baja, y la cantidad de antes puede matar.',
      },
      'support-medication': { text: 'Apoye el tratamiento con medicamentos. Funciona, y puede ser a largo plazo. No le presione para que lo deje.' },
      'calm-talk': { text: 'Hable con calma, sin juzgar. Note y reconozca los pasos en la dirección correcta.' },
      'store-safely': { text: 'Guarde los opioides recetados en un lugar seguro y nunca los comparta.' },
      'your-support': {
        text: 'Busque apoyo para usted también. En un estudio de capacitación para familias, los familiares se sintieron menos deprimidos y ansiosos.',
      },
    },
    dont: {
      'dont-leave': { text: 'No deje sola a la persona después de darle naloxona. Quédese hasta que llegue la ayuda.' },
      labels: { text: 'No use etiquetas que avergüencen. Diga "una persona con un trastorno por consumo de opioides".' },
      'detox-only': {
        text: 'No insista en solo desintoxicarse, ni le presione para dejar el medicamento. Las dos cosas aumentan el riesgo de sobredosis.',
      },
      'return-not-failure': { text: 'No vea el volver a usar como un fracaso. Es una razón para retomar el tratamiento.' },
    },
  },
});

export const opioidsEs = opioidEs(VARIANTS_ES.opioids);
export const fentanylEs = opioidEs(VARIANTS_ES.fentanyl);
export const heroinEs = opioidEs(VARIANTS_ES.heroin);
export const oxycodoneEs = opioidEs(VARIANTS_ES.oxycodone);
