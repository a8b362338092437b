import type { Pack, Translation } from '../../types.js';
import { crisisRouteEs, DEPENDS_ES, suicideSignEs } from './families-shared.js';

/**
 * The alcohol family in Spanish: the text of families/alcohol.ts, by section and id. "Withdrawal"
 * is "síntomas de abstinencia", never bare "abstinencia", which also means not drinking
 * (alcohol-notes.md §7.2). "Delirium tremens" is not used: its use in U.S. federal Spanish sources is
 * unverified, so the text names the signs instead ("síntomas de abstinencia graves").
 */
export const alcoholEs: Translation<Pack> = {
  wording: {
    factsHeading: 'Sobre el alcohol',
    factSections: {
      whatItIs: '¿Qué es el trastorno por consumo de alcohol?',
      inTheBody: 'Cómo actúa el alcohol en el cerebro',
    },
    factsCta: '¿Tiene preguntas sobre el consumo de alcohol? Llame para pedir consejo.',
    checklist: {
      heading: { self: 'Revise si hay señales de un problema con el alcohol', lovedOne: '¿Le preocupa cómo bebe alguien?' },
      dangerLegend: {
        self: 'Primero: ¿le está pasando algo de esto ahora, o le ha pasado desde que bebe menos?',
        lovedOne: 'Primero: ¿le está pasando algo de esto a su ser querido ahora, o le ha pasado desde que bebe menos?',
      },
      withdrawalLegend: {
        self: 'Cuando bebe menos o deja de beber, ¿le pasa algo de esto?',
        lovedOne: 'Cuando su ser querido bebe menos o deja de beber, ¿le pasa algo de esto?',
      },
      result: {
        self: {
          none: ['No marcó ninguna señal.', 'Si todavía le preocupa cómo bebe, está bien preguntar. Hable con un profesional de salud o llame al número de abajo.'],
          withdrawal: [
            'Marcó síntomas de abstinencia.',
            'Es posible que su cuerpo dependa del alcohol. Hable con un profesional de salud antes de beber menos o dejar de beber. Dejarlo de golpe puede ser peligroso.',
          ],
          some: [
            'Marcó algunas señales de alerta.',
            'Vale la pena hablar de ellas. Hable pronto con un profesional de salud, o llame al número de abajo para conversarlo.',
          ],
          several: [
            'Marcó varias señales de alerta.',
            'Por favor, busque apoyo pronto. Hable con un profesional de salud, o llame hoy al número de abajo. El tratamiento ayuda, y no tiene que hacerlo solo.',
          ],
        },
        lovedOne: {
          none: [
            'No marcó ninguna señal.',
            'Si todavía le preocupa cómo bebe su ser querido, está bien preguntar. Puede llamar al número de abajo para pedir consejo, aunque su ser querido no esté listo.',
          ],
          withdrawal: [
            'Marcó síntomas de abstinencia.',
            'Es posible que el cuerpo de su ser querido dependa del alcohol. Anímele a hablar con un profesional de salud antes de beber menos o dejar de beber. Dejarlo de golpe puede ser peligroso.',
          ],
          some: [
            'Marcó algunas señales de alerta.',
            'Vale la pena hablar de ellas. Anime a su ser querido a hablar con un profesional de salud. Puede llamar al número de abajo para pedir consejo sobre cómo empezar.',
          ],
          several: [
            'Marcó varias señales de alerta.',
            'Es posible que su ser querido necesite apoyo pronto. Anímele a hablar con un profesional de salud, y llame hoy al número de abajo para pedir consejo. No tiene que hacerlo solo.',
          ],
        },
      },
    },
    timelineHeadings: { program: 'Su camino en el tratamiento del alcohol' },
    cycleHeading: 'Cómo funciona el ciclo del trastorno por consumo de alcohol',
    cycleCta: '¿Quiere hablar sobre el tratamiento? Llame para pedir consejo.',
    statsHeading: 'El consumo de alcohol en Estados Unidos',
  },
  signs: {
    danger: {
      seizure: { text: 'Una convulsión' },
      'confusion-hallucinations': {
        text: {
          self: 'Confusión nueva, o ver u oír cosas que no están ahí, después de beber menos o dejar de beber',
          lovedOne: 'Confusión nueva, o ver u oír cosas que no están ahí, después de que su ser querido beba menos o deje de beber',
        },
      },
      'fever-agitation': {
        text: {
          self: 'Fiebre alta o mucha agitación, después de beber menos o dejar de beber',
          lovedOne: 'Fiebre alta o mucha agitación, después de que su ser querido beba menos o deje de beber',
        },
      },
      'cant-wake-breathing': {
        text: {
          self: 'Le cuesta mucho mantenerse despierto, o respira despacio o de forma irregular',
          lovedOne: 'Usted no logra despertar a su ser querido, o respira despacio o de forma irregular',
        },
      },
      'skin-vomiting': { text: 'Piel fría, húmeda, pálida o azulada, o vomitar sin estar bien despierto' },
      suicide: suicideSignEs,
    },
    withdrawal: {
      shakes: { text: 'Temblor en las manos' },
      sweating: { text: 'Sudar mucho' },
      'racing-heart': { text: 'El corazón late muy rápido' },
      nausea: { text: { self: 'Ganas de vomitar (náuseas) o vómitos', lovedOne: 'Ganas de vomitar (náuseas) o vómitos' } },
      anxiety: { text: 'Sentir ansiedad o inquietud' },
      sleep: { text: 'Problemas para dormir' },
    },
    behaviours: {
      'more-than-planned': { text: 'Beber más, o durante más tiempo, de lo que pensaba' },
      'cannot-cut-down': { text: 'Intentar beber menos o dejar de beber, sin lograrlo' },
      'time-spent': { text: 'Pasar mucho tiempo bebiendo o recuperándose de beber' },
      cravings: { text: 'Ganas muy fuertes de beber (ansias)' },
      'home-work-school': { text: 'Beber afecta la vida en la casa, en el trabajo o en la escuela' },
      'despite-relationships': { text: 'Beber aunque cause problemas con la familia o los amigos' },
      'gave-up-activities': { text: 'Dejar de hacer actividades para poder beber' },
      'risky-situations': { text: 'Ponerse en situaciones de riesgo al beber o después, como manejar' },
      'despite-health': {
        text: {
          self: 'Beber aunque le haga sentir deprimido o ansioso, o le cause lagunas de memoria',
          lovedOne: 'Beber aunque su ser querido se sienta deprimido o ansioso, o tenga lagunas de memoria',
        },
      },
    },
    stoppingNote: {
      text: {
        self: '¿Bebe mucho todos los días, o ya ha tenido temblores, convulsiones o síntomas de abstinencia graves? No deje de beber de golpe por su cuenta. Hable primero con un profesional de salud. Dejar de beber de golpe puede ser peligroso.',
        lovedOne:
          '¿Su ser querido bebe mucho todos los días, o ya ha tenido temblores, convulsiones o síntomas de abstinencia graves? Dejar de beber de golpe puede ser peligroso. Anímele a hablar primero con un profesional de salud.',
      },
    },
    urgentNote: {
      text: {
        self: 'Temblores, sudor o ansiedad después de beber menos pueden ser síntomas de abstinencia. Busque atención médica hoy mismo si ya tuvo convulsiones o síntomas de abstinencia graves. Busque atención hoy también si tiene más de 65 años, otra enfermedad, o si toma sedantes.',
        lovedOne:
          'Temblores, sudor o ansiedad después de beber menos pueden ser síntomas de abstinencia. Ayude a su ser querido a recibir atención médica hoy mismo si ya tuvo convulsiones o síntomas de abstinencia graves. Haga lo mismo si tiene más de 65 años, otra enfermedad, o si toma sedantes.',
      },
    },
    emergencyCard: {
      medical: {
        text: 'Llame al 911 ahora si alguien tiene una convulsión, no se despierta o respira despacio o de forma irregular. Llame al 911 si hay confusión nueva, alucinaciones o fiebre después de beber menos o dejar de beber. Esto puede empezar de 2 a 3 días después del último trago. Quédese con la persona. No la deje sola durmiendo.',
      },
      crisis: crisisRouteEs,
    },
  },
  pathways: {
    program: {
      assessment: {
        title: 'Hablar y revisar sus riesgos',
        summary: 'Un profesional de salud le pregunta sobre su consumo de alcohol y su salud, para planear una atención segura.',
        details: [
          'Le preguntan cuándo fue su último trago y cuánto suele beber.',
          'Le preguntan si ha tenido síntomas de abstinencia, convulsiones, otros problemas de salud u otros medicamentos.',
          'Así saben si necesita ayuda con los síntomas de abstinencia, y dónde.',
        ],
        duration: DEPENDS_ES,
      },
      'withdrawal-management': {
        title: 'Atención segura para los síntomas de abstinencia, si la necesita',
        summary: 'No todas las personas la necesitan. Cuando hace falta, la mayoría puede hacerla sin hospitalizarse.',
        details: [
          'Si su riesgo es bajo, usted se queda en casa y habla con su equipo de atención todos los días, hasta 5 días.',
          'El hospital o una unidad de internación es para un riesgo más alto. Es decir: convulsiones o síntomas de abstinencia graves en el pasado, síntomas de abstinencia graves ahora, u otra enfermedad grave.',
          'También puede necesitar más atención si su hogar no es seguro o no tiene apoyo, o si tiene pensamientos de suicidio.',
          'Dejar de beber de forma segura es un primer paso. No es todo el tratamiento.',
        ],
        duration: 'Por lo general, unos días',
      },
      treatment: {
        title: 'Tratamiento: medicamentos, consejería y grupos de apoyo',
        summary: 'El tratamiento puede empezar al mismo tiempo que la atención para los síntomas de abstinencia. Muchas personas usan más de un tipo.',
        details: [
          'Hay tres medicamentos aprobados para el trastorno por consumo de alcohol: naltrexona, acamprosato y disulfiram. Ninguno crea adicción.',
          'Ayudan a evitar que vuelva a beber en exceso.',
          'La consejería le ayuda a aprender destrezas y a cambiar hábitos. Funciona mejor cuando es respetuosa, sin confrontaciones.',
          'Los grupos de ayuda mutua, como los de 12 pasos, se pueden sumar a los medicamentos y la consejería.',
          'Su equipo le sugiere el lugar de atención menos intensivo que sea seguro para usted. Muchas personas lo hacen sin hospitalizarse.',
        ],
        duration: DEPENDS_ES,
      },
      'continuing-care': {
        title: 'Atención continua',
        summary: 'La recuperación es a largo plazo. Las consultas regulares ayudan, muchas veces una vez al mes durante el primer año.',
        details: [
          'El primer año puede tener altibajos. Es común volver a beber. No es un fracaso.',
          'Si pasa, hable con su equipo de atención para retomar o ajustar el tratamiento.',
          'La recuperación abarca su salud, un hogar seguro, un propósito y las personas a su alrededor.',
        ],
        duration: 'Mientras le ayude',
      },
    },
  },
  facts: {
    whatItIs: {
      'standard-drink': {
        text: 'En Estados Unidos, una bebida estándar (un trago) tiene unos 14 gramos de alcohol puro. Equivale a 12 onzas de cerveza regular, 5 onzas de vino o 1.5 onzas de licor.',
      },
      aud: {
        text: 'El trastorno por consumo de alcohol es una afección médica. A la persona le cuesta dejar de beber o controlar cuánto bebe, aunque le cause daño.',
      },
      'not-a-flaw': {
        text: 'El trastorno por consumo de alcohol no es una decisión ni un defecto de carácter. La mayoría de las personas con este trastorno puede beneficiarse del tratamiento.',
      },
    },
    inTheBody: {
      'brain-signals': {
        text: 'El alcohol cambia el equilibrio entre las señales del cerebro que calman y las que activan. Hace más lentas las reacciones y afecta la memoria.',
      },
      'reward-to-relief': {
        text: 'Al principio, el alcohol da placer y alivia el estrés. Con el consumo excesivo a lo largo del tiempo, el placer baja y el estrés sube. Entonces la persona bebe para aliviar los síntomas de abstinencia.',
      },
    },
    dependence: {
      tolerance: {
        text: 'Con el consumo excesivo y frecuente, el cuerpo se acostumbra al alcohol. Necesitar más para sentir el mismo efecto se llama tolerancia. Es una de las señales del trastorno por consumo de alcohol.',
      },
      'brain-changes-last': {
        text: 'Los cambios en el cerebro pueden durar después de dejar de beber. Pueden hacer más probable volver a beber.',
      },
    },
    safety: {
      'withdrawal-can-kill': {
        text: 'Dejar de beber de golpe después de beber mucho puede ser peligroso. Los síntomas de abstinencia graves pueden causar convulsiones, confusión y la muerte.',
      },
      'withdrawal-timing': {
        text: 'Los síntomas de abstinencia suelen empezar de 6 a 8 horas después del último trago. Puede haber convulsiones en los primeros 2 días.',
      },
      'dts-timing': {
        text: 'La etapa más peligrosa suele empezar de 2 a 3 días después del último trago. Causa mucha confusión, temblores y fiebre. Puede empezar cuando parece que lo peor ya pasó.',
      },
      'talk-first': {
        text: '¿Bebe mucho todos los días, o ha tenido temblores, convulsiones o síntomas de abstinencia graves? Hable con un profesional de salud antes de dejar de beber.',
      },
      overdose: {
        text: 'Beber mucho en poco tiempo puede apagar las partes del cerebro que controlan la respiración y el ritmo del corazón. Esto es una sobredosis de alcohol. Puede causar daño cerebral o la muerte.',
      },
      mixing: {
        text: 'Mezclar alcohol con opioides o benzodiazepinas puede causar muchísimo sueño, respiración lenta y la muerte.',
      },
      'no-health-benefit': {
        text: 'No empiece a beber por su salud. Los estudios antiguos exageraron los beneficios. Incluso beber poco tiene riesgos, como el cáncer de mama.',
      },
    },
  },
  cycle: {
    steps: {
      binge: { text: 'Beber y sentir sus efectos placenteros (consumo excesivo e intoxicación).' },
      withdrawal: { text: 'Cuando pasa el efecto del alcohol, aparece un ánimo bajo, estresado o inquieto (abstinencia y emociones negativas).' },
      preoccupation: { text: 'Pensar en beber y desearlo otra vez, incluso después de una pausa (preocupación y anticipación).' },
    },
    framing: {
      text: 'El trastorno por consumo de alcohol cambia cómo el cerebro maneja el placer, el estrés y el autocontrol. Es una afección médica, no un defecto de carácter.',
    },
    wayOut: {
      text: 'El tratamiento puede romper el ciclo: medicamentos, consejería y apoyo, muchas veces juntos. Si bebe mucho todos los días, hable con un profesional de salud antes de dejar de beber.',
    },
  },
  stats: {
    'aud-2024': {
      figure: '27.9 millones',
      label: 'de personas de 12 años o más (9.7%) tuvieron un trastorno por consumo de alcohol en el último año',
      definition:
        'Bebieron 6 días o más y cumplieron 2 o más criterios del DSM-5. Encuesta de hogares de Estados Unidos (NSDUH); no incluye a personas en instituciones.',
      year: '2024',
    },
    'ardi-deaths-2020-2021': {
      figure: '178,307',
      label: 'muertes al año en Estados Unidos por el consumo excesivo de alcohol, en promedio',
      definition: 'Cuenta 58 causas, total o parcialmente debidas al alcohol, como enfermedades del hígado y lesiones.',
      year: '2020–2021 (promedio anual)',
    },
    'aud-and-dud-2024': {
      figure: '7.7 millones',
      label: 'de personas de 12 años o más tuvieron un trastorno por consumo de alcohol y otro por consumo de drogas en el último año',
      definition: 'Encuesta de hogares de Estados Unidos (NSDUH); no incluye a personas en instituciones.',
      year: '2024',
    },
  },
  tips: {
    do: {
      'calm-moment': {
        text: 'Elija un momento tranquilo, cuando su ser querido no haya bebido. Diga lo que ha visto y cómo le afecta a usted.',
      },
      'reward-sober-time': { text: 'Note y disfrute el tiempo juntos sin alcohol. Planeen actividades que no incluyan beber.' },
      'explore-options': {
        text: 'Busquen juntos opciones de tratamiento. Los medicamentos y la atención sin hospitalización son opciones reales.',
      },
      'clinician-first': {
        text: '¿Bebe mucho todos los días, o ha tenido temblores, convulsiones o síntomas de abstinencia graves? Anímele a ver a un profesional de salud antes de dejar de beber.',
      },
      'know-emergency-signs': {
        text: 'Conozca las señales de emergencia: una convulsión, confusión nueva o alucinaciones, o alguien que no se despierta. Llame al 911.',
      },
      'your-support': { text: 'Busque apoyo para usted también. La línea 988 también ayuda a familiares y amigos preocupados.' },
    },
    dont: {
      'no-surprise-confrontation': {
        text: 'No organice una confrontación sorpresa. En un estudio, un enfoque más amable (CRAFT) llevó a tratamiento a más del doble de personas.',
      },
      labels: { text: 'No use etiquetas que avergüencen. Diga "una persona con un trastorno por consumo de alcohol".' },
      'no-lecture-while-drinking': { text: 'No le dé sermones mientras está bebiendo. Espere un momento tranquilo, cuando no haya bebido.' },
      'dont-cover-up': { text: 'No oculte los problemas que causa el alcohol. Deje que pasen las consecuencias naturales, cuando sea seguro.' },
      'return-not-failure': { text: 'No critique si vuelve a beber. Es común, y el tratamiento puede empezar de nuevo.' },
      'safety-first': { text: 'Si hay violencia o riesgo de daño, su seguridad es lo primero. Llame al 911 si hay peligro.' },
    },
  },
};
