import type { Explanations } from "../explanations.ts";

// Plain English: short sentences, everyday words, one idea per sentence.
export default {
  "service.TRAINING_COUNSELLING":
    "Vocational training is a way into a job. You learn in a company and at a vocational school. Training counselling answers your questions about training.",
  "service.CAREER_ORIENTATION":
    "There are very many jobs. Career orientation helps you find out which job suits you. You get to know jobs and can try some of them.",
  "service.RECOGNITION_OF_QUALIFICATIONS":
    "Do you have a certificate from another country? For example from a school, a training course or a university. The counsellors help you so that it can count in Germany too.",
  "service.APPLICATION_HELP":
    "An application is a letter to a company. In it you say that you want to train or work there. You get help with writing it. You also practise the interview with the company.",
  "service.LANGUAGE_COURSES":
    "In a language course you learn German. You learn together with other people and a teacher. Good German helps you in training and at work.",
  "service.COMPANY_COUNSELLING":
    "This counselling is for companies, shops and workshops. They get help if they want to train young people. Or if they want to give work to people from other countries.",
  "service.MATCHING":
    "Are you looking for a training place? The counsellors look for a suitable company with you. They bring you and the company together.",
  "service.RESIDENCE_LAW_COUNSELLING":
    "Residence law is the set of rules on who may live and work in Germany, and for how long. The counsellors explain these rules to you. They also help you with letters from the authorities.",
  "service.SOCIAL_COUNSELLING":
    "Do you have worries in everyday life? For example about money, housing or your family. The counsellors listen to you and look for a solution with you.",
  "target.YOUNG_PEOPLE":
    "For teenagers and young adults. For example if you are still at school. Or if you have finished school and are looking for training.",
  "target.ADULTS":
    "For adults. For example if you want to learn a new job. Or if you want to work in Germany in the job you already have.",
  "target.PARENTS":
    "For mothers and fathers. You get answers to your questions about your child's school and training. So you can help your child well.",
  "target.REFUGEES":
    "For people who had to leave their country, for example because of war or danger. The counsellors help you on your way into training and work.",
  "target.COMPANIES":
    "For companies, shops and workshops. They get help here, for example in finding people for a training place.",
  "target.ORGANISATIONS":
    "For associations, schools and counselling services that work with people themselves. They get knowledge and help for their work.",
} satisfies Explanations;
