package translit

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

type tcase struct{ in, want string }

var cyrillicCases = []tcase{
	// Russian
	{"Владимир Путин", "vladimir putin"},
	{"ВЛАДИМИР ПУТИН", "vladimir putin"},
	{"Зеленский", "zelensky"},
	{"Сергей Лавров", "sergei lavrov"},
	{"Дмитрий Песков", "dmitry peskov"},
	{"Юрий Ушаков", "yury ushakov"},
	{"Мария Захарова", "maria zakharova"},
	{"Борис Ельцин", "boris yeltsin"},
	{"Михаил Горбачёв", "mikhail gorbachev"},
	{"Никита Хрущёв", "nikita khrushchev"},
	{"Грозный", "grozny"},
	{"Лев Толстой", "lev tolstoy"},
	{"Сергей Шойгу", "sergei shoigu"},
	{"Алексей Навальный", "aleksei navalny"},
	{"Екатеринбург", "yekaterinburg"},
	{"Нижний Новгород", "nizhny novgorod"},
	{"Владимир Ильич", "vladimir ilyich"},
	{"Соловьёв", "solovyov"},
	{"Григорьев", "grigoryev"},
	{"Николай Патрушев", "nikolai patrushev"},
	{"Чайковский", "chaikovsky"},
	{"Объект", "obyekt"},
	{"Ростов-на-Дону", "rostov-na-donu"},
	// Ukrainian
	{"Володимир Зеленський", "volodymyr zelenskyi"},
	{"Київ", "kyiv"},
	{"Харків", "kharkiv"},
	{"Запоріжжя", "zaporizhzhia"},
	{"Миколаїв", "mykolaiv"},
	{"Юлія Тимошенко", "yulia tymoshenko"},
	{"Луганськ", "luhansk"},
	{"Донецьк", "donetsk"},
	{"Чернігів", "chernihiv"},
	{"Мар'їнка", "marinka"},
	{"Мар’їнка", "marinka"},
	{"Андрій Єрмак", "andrii yermak"},
	{"Олександр Сирський", "oleksandr syrskyi"},
	{"Путін", "putin"},
	// Belarusian
	{"Святлана Ціханоўская", "sviatlana tsikhanouskaya"},
	{"Сяргей Ціханоўскі", "siarhei tsikhanouski"},
	// Serbian, Macedonian
	{"Александар Вучић", "aleksandar vucic"},
	{"Новак Ђоковић", "novak djokovic"},
	{"Христијан Мицкоски", "hristijan mickoski"},
	{"Ѓорѓе Иванов", "gjorgje ivanov"},
	// Bulgarian
	{"България", "balgaria"},
	{"Бойко Борисов, България", "boyko borisov, balgaria"},
	// Kazakh
	{"Қасым-Жомарт Тоқаев", "kasym-zhomart tokayev"},
	{"Нұрсұлтан Назарбаев", "nursultan nazarbayev"},
	// context stays inside the word; punctuation and digits pass
	{"Путин, 2024!", "putin, 2024!"},
	{"«Газпром»", "«gazprom»"},
}

var otherScriptCases = []tcase{
	// Greek
	{"Αλέξης Τσίπρας", "alexis tsipras"},
	{"Κυριάκος Μητσοτάκης", "kyriakos mitsotakis"},
	{"ΚΥΡΙΑΚΟΣ ΜΗΤΣΟΤΑΚΗΣ", "kyriakos mitsotakis"},
	{"Θεσσαλονίκη", "thessaloniki"},
	{"Ευάγγελος Βενιζέλος", "evangelos venizelos"},
	{"Ελευθέριος", "eleftherios"},
	{"Γιάνης Βαρουφάκης", "gianis varoufakis"},
	{"Κωνσταντίνος", "konstantinos"},
	{"Παπανδρέου", "papandreou"},
	{"Νίκος Χριστοδουλίδης", "nikos christodoulidis"},
	{"Μπάιντεν", "bainten"},
	{"Ταΰγετος", "taygetos"},
	{"Ἀθῆναι", "athinai"},
	// Armenian
	{"Արարատ", "ararat"},
	{"Երևան", "yerevan"},
	{"Նիկոլ Փաշինյան", "nikol pashinyan"},
	{"Ռոբերտ Քոչարյան", "robert kocharyan"},
	{"ՆԻԿՈԼ ՓԱՇԻՆՅԱՆ", "nikol pashinyan"},
	{"Հովհաննես", "hovhannes"},
	{"Ոսկան", "voskan"},
	// Georgian
	{"თბილისი", "tbilisi"},
	{"ᲗᲑᲘᲚᲘᲡᲘ", "tbilisi"},
	{"ბიძინა ივანიშვილი", "bidzina ivanishvili"},
	{"მიხეილ სააკაშვილი", "mikheil saakashvili"},
	{"ირაკლი კობახიძე", "irakli kobakhidze"},
	// Hebrew
	{"ירושלים", "yroshlim"},
	{"יְרוּשָׁלַיִם", "yerushalayim"},
	{"שָׁלוֹם", "shalom"},
	{"בנימין נתניהו", "bnimin ntnihu"},
	{"תל אביב", "tl aviv"},
	{"חיפה", "hifa"},
	{"יאיר לפיד", "yair lfid"},
	{"ג׳ו ביידן", "jo bydn"},
	{"צה״ל", "tzhl"},
	// Arabic, Persian
	{"بنيامين", "bnyamin"},
	{"محمد", "muhammad"},
	{"مُحَمَّد", "muhammad"},
	{"محمد بن سلمان", "muhammad bin slman"},
	{"عبد الفتاح السيسي", "abd al-ftah al-sisi"},
	{"الله", "allah"},
	{"ﷲ", "allah"},
	{"القاهرة", "al-qahra"},
	{"فاطمة", "fatma"},
	{"مصطفى", "mustafa"},
	{"حماس", "hmas"},
	{"علي", "ali"},
	{"بشار الأسد", "bshar al-asd"},
	{"حسن روحانی", "hassan ruhani"},
	{"عباس عراقچی", "abas araghchi"},
	{"خامنه\u200cای", "khamneai"},
	{"ﻻ", "la"},
	// Hangul
	{"블라디미르 푸틴", "beulladimireu putin"},
	{"서울", "seoul"},
	{"평양", "pyeongyang"},
	{"김정은", "gimjeongeun"},
	{"이재명", "ijaemyeong"},
	{"윤석열", "yunseogyeol"},
	{"한국어", "hangugeo"},
	{"독립", "dongnip"},
	{"신라", "silla"},
	{"종로", "jongno"},
	{"대한민국", "daehanminguk"},
	{"좋고", "joko"},
	{"ㄱ", "g"},
}

var homoglyphCases = []tcase{
	{"Рutin", "Putin"},             // Cyrillic Р
	{"Kyіv", "Kyiv"},               // Cyrillic і
	{"Моscow", "Moscow"},           // Cyrillic М, о
	{"Zеlеnsky", "Zelensky"},       // Cyrillic е twice
	{"Оbаmа", "Obama"},             // Cyrillic О, а
	{"Αthens", "Athens"},           // Greek Α
	{"ΝΑΤΟ summit", "nato summit"}, // an all-Greek word is transliterated
	{"Пyтин", "putin"},             // Latin y inside a Cyrillic word
	{"Путiн", "putin"},             // Latin i inside a Ukrainian word
	{"KиЇв", "kyiv"},               // Latin K inside a Cyrillic word
	{"Putinа", "Putina"},           // Cyrillic а at the end
	{"iPhoneовский", "iPhoneovsky"},
	{"Kyїv", "Kyiv"}, // ї has no look-alike: transliterated, but not as a word-initial letter
}

var passCases = []string{
	"",
	"Donald Trump",
	"Recep Tayyip Erdoğan",
	"Côte d'Ivoire",
	"Ñandú 123, ¿qué?",
	"O'Brien",
	"東京",
	"習近平",
	"とうきょう",
	"トランプ",
	"Trump (トランプ) in 東京",
	"١٢٣٤",     // Arabic-Indic digits pass
	"\u05B7",   // a stray Hebrew point
	"e\u0301",  // Latin with a combining mark
	"กรุงเทพ",  // Thai is not supported
	"\xff\xfe", // invalid UTF-8 without anything to rewrite
}

func runCases(t *testing.T, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		assert.Equalf(t, tc.want, ToLatin(tc.in), "ToLatin(%+q)", tc.in)
		assert.Truef(t, HasNonLatin(tc.in), "HasNonLatin(%+q)", tc.in)
	}
}

func TestToLatinCyrillic(t *testing.T)  { runCases(t, cyrillicCases) }
func TestToLatinOther(t *testing.T)     { runCases(t, otherScriptCases) }
func TestToLatinHomoglyph(t *testing.T) { runCases(t, homoglyphCases) }
func TestToLatinIndic(t *testing.T)     { runCases(t, indicCases) }

// indicCases: the Brahmic scripts share one table read by offset in the block.
var indicCases = []tcase{
	{"नरेंद्र मोदी", "narendra modi"},       // Devanagari (Hindi)
	{"व्लादिमीर पुतिन", "vladimir putin"},   // Devanagari
	{"भ्लादिमिर पुटिन", "bhladimir putin"},  // Devanagari (Nepali spelling)
	{"ममता बनर्जी", "mamata banarji"},       // Devanagari
	{"ভ্লাদিমির পুতিন", "bhladimir putin"},  // Bengali
	{"ಮೈಸೂರು", "maisuru"},                   // Kannada
	{"ವ್ಲಾದಿಮಿರ್ ಪುತಿನ್", "vladimir putin"}, // Kannada, explicit virama
	{"ਪੰਜਾਬ", "panjab"},                     // Gurmukhi
	{"ગાંધી", "gandhi"},                     // Gujarati
	{"சென்னை", "chennai"},                   // Tamil
	{"फ़ारूक़", "faruq"},                    // nukta: फ़ is f, क़ q
}

func TestToLatinPassThrough(t *testing.T) {
	for _, s := range passCases {
		assert.Falsef(t, HasNonLatin(s), "HasNonLatin(%+q)", s)
		got := ToLatin(s)
		assert.Equalf(t, s, got, "ToLatin(%+q)", s)
	}
	// no allocation when nothing changes
	for _, s := range []string{"Donald Trump", "Recep Tayyip Erdoğan", "習近平 and トランプ"} {
		allocs := testing.AllocsPerRun(100, func() { _ = ToLatin(s) })
		assert.Zerof(t, allocs, "ToLatin(%+q) allocates", s)
	}
}

func TestToLatinMixed(t *testing.T) {
	cases := []tcase{
		{"Putin (Путин) met Xi (習近平)", "Putin (putin) met Xi (習近平)"},
		{"Зеленський: «Київ»", "zelenskyi: «kyiv»"},
		{"Tbilisi/თბილისი", "Tbilisi/tbilisi"},
		{"\xffПутин", "\uFFFDputin"}, // invalid bytes are replaced once the text is rewritten
		{"Пу\u00ADтин", "putin"},     // soft hyphen inside a word
	}
	runCases(t, cases)
}

// NFC and NFD input give the same output.
func TestToLatinNormalForms(t *testing.T) {
	all := append(append(append([]tcase{}, cyrillicCases...), otherScriptCases...), homoglyphCases...)
	all = append(all, tcase{"Йошкар-Ола", "yoshkar-ola"}, tcase{"Її", "yii"}, tcase{"Ѓорѓе", "gjorgje"})
	for _, tc := range all {
		nfc, nfd := norm.NFC.String(tc.in), norm.NFD.String(tc.in)
		assert.Equalf(t, ToLatin(nfc), ToLatin(nfd), "NFC %+q vs NFD %+q", nfc, nfd)
		assert.Equalf(t, tc.want, ToLatin(nfd), "ToLatin(NFD %+q)", nfd)
	}
}

func TestAppendLatin(t *testing.T) {
	cases := []struct {
		r    rune
		want string
		ok   bool
	}{
		{'ж', "zh", true},
		{'Ж', "zh", true},
		{'ё', "e", true},
		{'й', "y", true},
		{'ї', "yi", true},
		{'ъ', "", true},
		{'ά', "a", true},
		{'Ω', "o", true},
		{'ἀ', "a", true},
		{'ա', "a", true},
		{'Ⴀ', "a", true},
		{'ש', "sh", true},
		{'\uFB2A', "sh", true}, // שׁ presentation form
		{'\uFB2B', "s", true},  // שׂ presentation form
		{'ب', "b", true},
		{'ة', "a", true},
		{'ء', "", true},
		{'ﷲ', "allah", true},
		{'한', "han", true},
		{'ᄀ', "g", true},
		{'a', "", false},
		{'é', "", false},
		{'東', "", false},
		{'ア', "", false},
		{'١', "", false},
		{0x301, "", false},
		{0x5B7, "", false},
		{utf8.RuneError, "", false},
	}
	for _, tc := range cases {
		dst, ok := AppendLatin([]byte("x:"), tc.r)
		assert.Equalf(t, tc.ok, ok, "AppendLatin(%+q) ok", tc.r)
		assert.Equalf(t, "x:"+tc.want, string(dst), "AppendLatin(%+q)", tc.r)
	}
}

// Every rune: AppendLatin, HasNonLatin and ToLatin agree, and what is produced is stable.
func TestAllRunesConsistent(t *testing.T) {
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		dst, ok := AppendLatin(nil, r)
		if has := HasNonLatin(s); has != ok {
			t.Fatalf("AppendLatin(%+q) ok=%v but HasNonLatin=%v", r, ok, has)
		}
		if !ok {
			continue
		}
		n++
		for _, b := range dst {
			if b >= utf8.RuneSelf || 'A' <= b && b <= 'Z' {
				t.Fatalf("AppendLatin(%+q) = %+q: not lower-case ASCII", r, dst)
			}
		}
		out := ToLatin(s)
		if HasNonLatin(out) || ToLatin(out) != out || !utf8.ValidString(out) {
			t.Fatalf("ToLatin(%+q) = %+q is not stable", r, out)
		}
	}
	t.Logf("%d supported runes", n)
	require.Greater(t, n, 11172) // at least all Hangul syllables
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				for _, tc := range cyrillicCases {
					if got := ToLatin(tc.in); got != tc.want {
						t.Errorf("ToLatin(%+q) = %+q, want %+q", tc.in, got, tc.want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzToLatin(f *testing.F) {
	for _, cs := range [][]tcase{cyrillicCases, otherScriptCases, homoglyphCases} {
		for _, tc := range cs {
			f.Add(tc.in)
		}
	}
	for _, s := range passCases {
		f.Add(s)
	}
	f.Add("ι\u0308υ\u0308 и\u0306 ש\u05C1\u05BC ا\u0654 \u1100\u1161\u11A8 \u11A8")
	f.Fuzz(func(t *testing.T, s string) {
		out := ToLatin(s)
		if utf8.ValidString(s) || out != s {
			if !utf8.ValidString(out) {
				t.Fatalf("ToLatin(%+q) = %+q: invalid UTF-8", s, out)
			}
		}
		if !HasNonLatin(s) && out != s {
			t.Fatalf("ToLatin(%+q) = %+q changed text without supported runes", s, out)
		}
		if HasNonLatin(out) {
			t.Fatalf("ToLatin(%+q) = %+q still has supported runes", s, out)
		}
		if again := ToLatin(out); again != out {
			t.Fatalf("not idempotent: ToLatin(%+q) = %+q, ToLatin of that = %+q", s, out, again)
		}
	})
}

func BenchmarkToLatin(b *testing.B) {
	for _, s := range []string{
		"President Donald Trump met Recep Tayyip Erdoğan in Ankara on Tuesday.",
		"Президент Владимир Путин провёл встречу с Сергеем Лавровым в Кремле.",
	} {
		b.Run(s[:8], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = ToLatin(s)
			}
		})
	}
}

// Random mixtures of letters from all supported scripts, Latin look-alikes, combining marks
// and joiners keep the ToLatin invariants.
func TestRandomMixtures(t *testing.T) {
	alphabet := []rune("aceikopxyBHMTKzZ ьъйиеёіїєґўјћџѓќѕыэщхцжгкзсчлоуаяюΑαουιγκμπντσςἀ" +
		"աեոււևխ ბთილის ॐ אבגוויכפשתםׁׂ״׳ابتةويىعءلأإآکیپ\u200c\u0640ـ가힣\u1100\u1161\u11a8ㄱㅏ " +
		"'’ʼ\u00ad\u0301\u0306\u0308\u05b4\u05b9\u05bc\u064e\u0654-.,東ア1")
	rng := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for n := 0; n < 200000; n++ {
		sb.Reset()
		for k := rng.IntN(12); k >= 0; k-- {
			sb.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		s := sb.String()
		out := ToLatin(s)
		if HasNonLatin(out) || ToLatin(out) != out || !utf8.ValidString(out) {
			t.Fatalf("ToLatin(%+q) = %+q, ToLatin again = %+q", s, out, ToLatin(out))
		}
		// pass-through text keeps its normal form, so compare the outputs in NFC
		a, b := norm.NFC.String(ToLatin(norm.NFC.String(s))), norm.NFC.String(ToLatin(norm.NFD.String(s)))
		if a != b {
			t.Fatalf("NFC/NFD input differ for %+q: %+q vs %+q", s, a, b)
		}
	}
}
