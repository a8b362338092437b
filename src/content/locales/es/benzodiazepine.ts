import { crisisRouteEs } from './families-shared.js';
import type { DependenceCycle, Fact, Pack, Pathways, Signs, SupportTips, Translation } from '../../types.js';

/*
 * The Spanish text of the content true of benzodiazepines as a class (packs/benzodiazepine.ts),
 * keyed by the same ids, with the medicine's generic name filled in. Sources stay English.
 */

/** The self-check's lists for a benzodiazepine (`benzodiazepineSigns`). */
export const benzodiazepineSignsEs = (name: string) =>
  ({
    danger: {
      seizure: { text: 'Una convulsión' },
      confusion: {
        text: {
          self: 'Confusión intensa, o ver u oír cosas que no están ahí',
          lovedOne: 'Confusión intensa, o ver u oír cosas que no están ahí',
        },
      },
      suicide: {
        text: {
          self: 'Pensamientos de suicidio o de hacerse daño',
          lovedOne: 'Hablar de suicidio o de hacerse daño',
        },
      },
      breathing: {
        text: {
          self: 'Respiración muy lenta, o le cuesta mucho mantenerse despierto',
          lovedOne: 'Respiración muy lenta, o usted no logra mantener despierto a su ser querido ni despertarlo',
        },
      },
    },
    withdrawal: {
      nausea: { text: { self: 'Ganas de vomitar (náuseas)', lovedOne: 'Ganas de vomitar (náuseas)' } },
      headaches: { text: 'Dolores de cabeza' },
      'muscle-pain': { text: 'Dolor en los músculos' },
      irritability: { text: 'Sentirse irritable o con los nervios de punta' },
      concentration: { text: 'Problemas para concentrarse' },
      panic: { text: 'Ataques de pánico' },
      spasms: { text: 'Espasmos o sacudidas en los músculos' },
      anxiety: { text: 'Más ansiedad que antes' },
    },
    behaviours: {
      'more-than-prescribed': { text: 'Tomar más de lo recetado, o tomarlo con más frecuencia' },
      'runs-out-early': { text: 'Quedarse sin el medicamento recetado antes de tiempo' },
      'several-prescribers': { text: 'Conseguir recetas de más de un médico' },
      'cannot-cut-down': { text: 'Intentar tomar menos o dejarlo, sin lograrlo' },
      cravings: { text: 'Ganas muy fuertes de tomarlo (ansias)' },
      'despite-problems': { text: 'Tomarlo aunque cause problemas en la casa, en el trabajo o en la escuela' },
    },
    dependenceNote: {
      text: {
        self: `Si toma ${name} según lo recetado, estos síntomas pueden ser señales de dependencia física. Eso es común y no es lo mismo que una adicción.`,
        lovedOne: `Si su ser querido toma ${name} según lo recetado, estos síntomas pueden ser señales de dependencia física. Eso es común y no es lo mismo que una adicción.`,
      },
    },
    stoppingNote: {
      text: {
        self: `No deje de tomar ${name} de golpe. Puede causar convulsiones y otras reacciones peligrosas. Hable con su médico o con la persona que se lo receta antes de cambiar su dosis.`,
        lovedOne: `Dejar de tomar ${name} de golpe puede causar convulsiones y otras reacciones peligrosas. Anime a su ser querido a hablar con su médico antes de cambiar su dosis.`,
      },
    },
    emergencyCard: {
      medical: {
        text: {
          self: `Llame al 911 si alguien tiene una convulsión o confusión intensa, o ve u oye cosas que no están ahí. Llame también si alguien respira muy despacio o no puede mantenerse despierto. ¿Se hizo daño, o tomó demasiado a propósito? Llame al 911. Tomar ${name} con opioides o alcohol puede hacer que la respiración sea más lenta o se detenga.`,
          lovedOne: `Llame al 911 si alguien tiene una convulsión o confusión intensa, o ve u oye cosas que no están ahí. Llame también si alguien respira muy despacio o no puede mantenerse despierto. ¿Su ser querido se hizo daño, o tomó demasiado a propósito? Llame al 911. Tomar ${name} con opioides o alcohol puede hacer que la respiración sea más lenta o se detenga.`,
        },
      },
      poison: {
        text: '¿Tomó una dosis de más por error, pero está despierto y respira con normalidad? Llame a Poison Help (la línea gratuita de ayuda por envenenamiento) para pedir consejo. Si tiene más sueño o respira peor, llame al 911.',
      },
      crisis: crisisRouteEs,
    },
  }) satisfies Translation<Signs>;

/** "How long" for a stage whose length no source fixes (English: `DEPENDS`). */
export const DEPENDS_ES = 'Depende de sus necesidades. Su equipo de atención médica le puede dar más información.';

/** The treatment paths for a benzodiazepine (`benzodiazepinePathways`). */
export const benzodiazepinePathwaysEs = (name: string) =>
  ({
    program: {
      assessment: {
        title: 'Hable con su médico y con nuestro equipo',
        summary: 'Revise los riesgos y los beneficios, y decidan juntos si reducir la dosis.',
        details: [
          'Lleve sus preguntas y cualquier preocupación que tenga sobre dejar el medicamento.',
          'Usted y su médico deciden en conjunto si reducir la dosis, y cuándo hacerlo.',
          '¿No tiene receta? Un médico o la línea de ayuda de SAMHSA (SAMHSA National Helpline) le pueden ayudar a encontrar atención.',
        ],
        duration: DEPENDS_ES,
      },
      detox: {
        title: 'Desintoxicación con supervisión médica: una reducción lenta de la dosis',
        summary: 'Su dosis se reduce poco a poco, con atención médica. Nunca toda de una vez.',
        details: [
          'La mayoría de las personas reduce la dosis sin hospitalizarse, en casa, con citas de control regulares.',
          'Un médico reduce su dosis en pasos pequeños y revisa cómo se siente usted después de cada uno.',
          'Si la abstinencia se vuelve difícil, la reducción puede ir más despacio o hacer una pausa.',
          `Dejar el medicamento de golpe puede causar convulsiones. Por eso, la desintoxicación de ${name} consiste en reducir la dosis lentamente, no en dejarlo de un día para otro.`,
        ],
        duration: 'Por lo general, meses; a veces, un año o más',
      },
      inpatient: {
        title: 'Hospitalización, solo si se necesita',
        summary: 'Atención médica de día y de noche para las personas que la necesitan para estar a salvo. Algunas empiezan aquí su reducción de la dosis.',
        details: [
          'Es para una abstinencia grave o complicada, el consumo de otras sustancias, o un problema de salud que hay que vigilar de cerca.',
          'Puede ser necesaria en cualquier momento, también al principio.',
          'Hay personal médico las 24 horas del día.',
        ],
        duration: DEPENDS_ES,
      },
      residential: {
        title: 'Tratamiento residencial, solo si se necesita',
        summary: 'Usted vive en el centro por un tiempo, con apoyo a toda hora.',
        details: [
          'Es para personas con un trastorno por consumo de benzodiazepinas u otras sustancias. Les da más apoyo del que puede dar la atención ambulatoria.',
          'Consejería y sesiones de grupo, según lo que usted necesite.',
        ],
        duration: DEPENDS_ES,
      },
      'case-management': {
        title: 'Manejo de casos y la vida después del tratamiento',
        summary: 'Una persona a cargo de su caso le ayuda a planear el trabajo, la vivienda y los estudios.',
        details: [
          'La recuperación abarca su salud, un lugar seguro donde vivir, un propósito como el trabajo o la escuela, y personas a su alrededor.',
          'La persona a cargo de su caso le ayuda a planear cada una de estas cosas.',
        ],
        duration: DEPENDS_ES,
      },
      'ongoing-support': {
        title: 'Apoyo continuo, con la familia',
        summary: 'La recuperación sigue, con el apoyo de las personas cercanas a usted.',
        details: [
          'Las citas de control, la consejería y los grupos de apoyo le ayudan a seguir adelante.',
          'Los familiares pueden aprender cómo ayudar, y recibir apoyo para sí mismos.',
          'Si los síntomas duran más de un mes después de su última dosis, hable con un profesional de la salud.',
        ],
        duration: DEPENDS_ES,
      },
    },
    'outpatient-taper': {
      talk: {
        title: 'Hable con su médico',
        summary: 'Revise los riesgos y los beneficios con su médico, y tome la decisión en conjunto.',
        details: [
          'Lleve sus preguntas y cualquier preocupación que tenga sobre dejar el medicamento.',
          'Usted y su médico deciden en conjunto si reducir la dosis, y cuándo hacerlo.',
          'El plan se revisa por lo menos cada 3 meses.',
        ],
        duration: DEPENDS_ES,
      },
      plan: {
        title: 'Haga un plan de reducción gradual, por lo general sin hospitalizarse',
        summary: 'Cuente con que tomará meses, no días.',
        details: [
          'La mayoría de las personas reduce la dosis en casa, con citas de control regulares.',
          'El tiempo que toma es distinto para cada persona: a menudo meses, a veces un año o más.',
          'Nunca deje el medicamento de golpe: puede causar convulsiones y otras reacciones peligrosas.',
        ],
        duration: 'Meses; a veces, un año o más',
      },
      taper: {
        title: 'Reduzca la dosis en pasos pequeños',
        summary: 'Reducciones pequeñas, con una revisión después de cada una.',
        details: [
          'Su médico baja la dosis poco a poco. Los pasos se fijan para usted, no a partir de una tabla.',
          'Si aparecen síntomas, la reducción puede ir más despacio o hacer una pausa.',
        ],
        duration: DEPENDS_ES,
      },
      support: {
        title: 'Apoyo adicional',
        summary: 'La psicoterapia (terapia de conversación) puede ayudar con la ansiedad y el sueño.',
        details: [
          'La terapia cognitivo-conductual (TCC), o la TCC para el insomnio, ayuda a muchas personas durante la reducción de la dosis.',
          'La atención para la ansiedad, los problemas de sueño o la depresión continúa al mismo tiempo que la reducción.',
        ],
        duration: DEPENDS_ES,
      },
      'higher-care': {
        title: 'Más atención, solo cuando se necesita',
        summary: 'Algunas personas necesitan atención ambulatoria intensiva, residencial u hospitalaria.',
        details: [
          'Por ejemplo: un trastorno por consumo de benzodiazepinas, el consumo de otras sustancias, o una abstinencia grave o complicada.',
          'Un trastorno por consumo necesita su propio tratamiento, no solo una reducción más lenta de la dosis.',
        ],
        duration: DEPENDS_ES,
      },
      recovery: {
        title: 'Apoyo para la recuperación',
        summary: 'Salud, hogar, propósito y comunidad.',
        details: [
          'El apoyo continúa después de su última dosis.',
          'Si los síntomas duran más de un mes después de dejar el medicamento, hable con un profesional de la salud.',
        ],
        duration: DEPENDS_ES,
      },
    },
  }) satisfies Translation<Pathways>;

/** U.S. figures for benzodiazepines as a class (`benzodiazepineStats`), by stat id. */
export const benzodiazepineStatsEs = {
  'misuse-2020': {
    figure: '4.8 millones',
    label:
      'de personas de 12 años o más hicieron un uso indebido de benzodiazepinas en el último año. Uso indebido es tomarlas sin receta o de una forma que el médico no indicó.',
    year: '2020',
  },
  'use-2015': {
    figure: '30.6 millones',
    label:
      'de adultos de 18 años o más (12.6 %) usaron una benzodiazepina en el último año. Esta encuesta anterior contó solo a adultos, así que no se puede comparar con la cifra de 2020.',
    year: '2015–2016',
  },
} satisfies Translation<Pack['stats']>;

/** "Helping a friend or loved one" (`supportTips`). */
export const supportTipsEs = {
  do: {
    'calm-home': { text: 'Haga de su casa un lugar tranquilo y acogedor.' },
    'welcome-back': {
      text: 'Dele la bienvenida en casa después de las sesiones de tratamiento. Dígale que siente orgullo por su esfuerzo.',
    },
    'check-in': {
      text: 'Llame o envíe mensajes de texto mientras su ser querido está en tratamiento. Un simple "¿Cómo estás?" puede significar mucho.',
    },
    'we-and-us': { text: 'Diga "nosotros". La recuperación es más fácil en equipo.' },
    'your-support': {
      text: 'Busque apoyo para usted también. La línea 988 (988 Suicide & Crisis Lifeline) también ayuda a familiares y amigos preocupados.',
    },
  },
  dont: {
    labels: {
      text: 'No use etiquetas que avergüencen. Hable de la persona, por ejemplo: "una persona con un trastorno por consumo de sustancias".',
    },
    blame: { text: 'No le eche la culpa ni le dé sermones. La vergüenza hace más difícil pedir ayuda.' },
    'stop-suddenly': {
      text: 'No presione a su ser querido para que deje el medicamento de golpe. Dejarlo de golpe puede causar convulsiones. Un médico planea una reducción lenta de la dosis.',
    },
  },
} satisfies Translation<SupportTips>;

/** The dependence loop (`benzodiazepineCycle`), after the medicine's own first step (id `takes`). */
export const benzodiazepineCycleEs = (firstStep: string) =>
  ({
    steps: {
      takes: { text: firstStep },
      tolerance: {
        text: 'Con las semanas, el cuerpo se acostumbra. La misma dosis puede hacer menos efecto, y la dosis puede subir.',
      },
      withdrawal: {
        text: 'Si se baja la dosis o se deja el medicamento, pueden empezar síntomas de abstinencia. Se pueden sentir como el problema del principio, por ejemplo ansiedad o pánico.',
      },
      relief: { text: 'Tomarlo otra vez alivia la abstinencia, y el ciclo vuelve a empezar.' },
    },
    framing: {
      text: 'Necesitar el medicamento para evitar la abstinencia es dependencia física. Es común y no es lo mismo que una adicción.',
    },
    wayOut: {
      text: 'Si usted y su médico deciden dejarlo, una reducción lenta de la dosis es la forma segura. Nunca deje el medicamento de golpe.',
    },
  }) satisfies Translation<DependenceCycle>;

/** Facts true of every benzodiazepine (`classFacts`): ids how-it-works, not-addiction, older-adults. */
export const classFactsEs = {
  howItWorks: {
    text: 'Las benzodiazepinas aumentan el efecto del GABA, una sustancia química del cerebro que calma la actividad de los nervios. Las investigaciones sugieren que también activan de forma indirecta el sistema de recompensa del cerebro. Esto ayuda a explicar por qué se puede hacer un uso indebido de ellas.',
  },
  notAddiction: {
    text: 'Casi todas las personas que toman una benzodiazepina con regularidad por más de un mes desarrollan dependencia física. De todos los adultos que usan benzodiazepinas en un año, alrededor del 1.5 % tiene un trastorno por consumo de benzodiazepinas.',
  },
  olderAdults: {
    text: 'Las personas mayores son más sensibles a las benzodiazepinas. Tienen más riesgo de caídas, huesos rotos, confusión y accidentes de tránsito.',
  },
} satisfies Record<'howItWorks' | 'notAddiction' | 'olderAdults', Translation<Fact>>;
