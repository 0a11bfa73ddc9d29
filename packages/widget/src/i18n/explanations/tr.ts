import type { Explanations } from "../explanations.ts";

// Simple Turkish: short sentences, everyday words, the visitor addressed politely ("siz").
export default {
  "service.TRAINING_COUNSELLING":
    "Mesleki eğitim, bir mesleğe giden yoldur. Bir işletmede ve meslek okulunda öğrenirsiniz. Mesleki eğitim danışmanlığında eğitimle ilgili sorularınıza cevap alırsınız.",
  "service.CAREER_ORIENTATION":
    "Çok sayıda meslek vardır. Meslek yönlendirme, size hangi mesleğin uygun olduğunu bulmanıza yardım eder. Meslekleri tanırsınız ve bazılarını deneyebilirsiniz.",
  "service.RECOGNITION_OF_QUALIFICATIONS":
    "Başka bir ülkeden bir diplomanız mı var? Örneğin bir okuldan, bir mesleki eğitimden veya bir üniversiteden. Danışmanlar, diplomanızın Almanya'da da geçerli olması için size yardım eder.",
  "service.APPLICATION_HELP":
    "Başvuru, bir işletmeye gönderdiğiniz bir mektuptur. İçinde orada eğitim almak veya çalışmak istediğinizi yazarsınız. Yazarken yardım alırsınız. İşletmeyle görüşmeyi de birlikte çalışırsınız.",
  "service.LANGUAGE_COURSES":
    "Dil kursunda Almanca öğrenirsiniz. Başka insanlarla ve bir öğretmenle birlikte öğrenirsiniz. İyi Almanca, eğitimde ve işte size yardım eder.",
  "service.COMPANY_COUNSELLING":
    "Bu danışmanlık işletmeler, dükkânlar ve atölyeler içindir. Gençlere mesleki eğitim vermek isterlerse yardım alırlar. Ya da başka ülkelerden insanlara iş vermek isterlerse.",
  "service.MATCHING":
    "Mesleki eğitim yeri mi arıyorsunuz? Danışmanlar sizinle birlikte uygun bir işletme arar. Sizi ve işletmeyi bir araya getirirler.",
  "service.RESIDENCE_LAW_COUNSELLING":
    "Oturum hukuku, Almanya'da kimin ne kadar süre yaşayıp çalışabileceğini belirleyen kurallardır. Danışmanlar bu kuralları size açıklar. Resmî dairelerden gelen mektuplarda da size yardım ederler.",
  "service.SOCIAL_COUNSELLING":
    "Günlük hayatta endişeleriniz mi var? Örneğin para, ev veya aile konusunda. Danışmanlar sizi dinler ve sizinle birlikte bir çözüm arar.",
  "target.YOUNG_PEOPLE":
    "Ergenler ve genç yetişkinler için. Örneğin hâlâ okula gidiyorsanız. Ya da okulu bitirdiyseniz ve mesleki eğitim arıyorsanız.",
  "target.ADULTS":
    "Yetişkinler için. Örneğin yeni bir meslek öğrenmek istiyorsanız. Ya da kendi mesleğinizle Almanya'da çalışmak istiyorsanız.",
  "target.PARENTS":
    "Anneler ve babalar için. Çocuğunuzun okulu ve mesleki eğitimi hakkındaki sorularınıza cevap alırsınız. Böylece çocuğunuza iyi yardım edebilirsiniz.",
  "target.REFUGEES":
    "Ülkesini terk etmek zorunda kalan insanlar için, örneğin savaş veya tehlike yüzünden. Danışmanlar, mesleki eğitime ve işe giden yolda size yardım eder.",
  "target.COMPANIES":
    "İşletmeler, dükkânlar ve atölyeler için. Burada yardım alırlar, örneğin mesleki eğitim yeri için insan ararken.",
  "target.ORGANISATIONS":
    "Kendileri de insanlarla çalışan dernekler, okullar ve danışma merkezleri için. İşleri için bilgi ve yardım alırlar.",
} satisfies Explanations;
