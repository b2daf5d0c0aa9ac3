using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// A comparison key a katakana transcription of a Western name and its Latin spelling both reach. Japanese writes a
/// foreign name by sound in its own syllables, so Hepburn of the kana is far from the Latin letters (ウラジーミル is
/// URAJIMIRU, not VLADIMIR); the key keeps only the consonants, merged where Japanese does not tell them apart or
/// transcribes them one way: R/L; V/B; TI/CHI and TU/TSU (T); SI/SHI, Z and TH (S); D, J and ZH (ジ); F and H (フ, ハ);
/// hard C, Q and K (and the CH of CHR, CHRIS as クリス); soft C as S; pinyin's X and Q, which Japanese writes シ and チ
/// (シア for XIA, チン for QIN), as S and T. Vowels, W and Y are dropped — long-vowel marks and the vowel Japanese adds after a
/// closed syllable with them — and doubled consonants fold (ッ). A word-initial V or W before a consonant is written
/// ウ (ウラジーミル for VLADIMIR), a final V and a V before a voiceless consonant are フ (コズロフ for KOZLOV, コズロフスキー
/// for KOZLOVSKY, ペフツォフ for PEVTSOV), N before M, B or P is M, as ン there is (ムハンマド for MUHAMMAD, タンボフツェフ
/// for TAMBOVTSEV); SHCH is one シ (ショゴレフ for SHCHEGOLEV), and the J of a soft sign or a Slavic LJ is no consonant
/// (イリイヌィフ for ILJINYKH, オイダニッチ for OJDANIC); NG closing a syllable is N, as Japanese writes it ン for Korean and Chinese names (クァンソン for KWANGSONG) and ング with
/// an added U for English ones (アングストレム for ANGSTREM, ブラウニング for BROWNING).
/// Used only where a query is written in kana: it is far too coarse to compare two Latin spellings.
/// </summary>
internal static class KatakanaPhoneticKey
{
    /// <summary>Shorter keys ("KM" for KIM, KAMA, KOMI) say too little to propose a name, and match one only with its vowels (<c>KanaPhoneticComparison</c>).</summary>
    public const int ShortestUsefulKey = 3;

    /// <summary>The key of a Latin token (A-Z); empty when it has other characters or too few consonants.</summary>
    public static string ForLatin(string spelling) => Useful(ConsonantsOfLatin(spelling));

    /// <summary>The key of a kana word from its Hepburn spelling (<see cref="KanaRomanization.Hepburn"/>); empty when too short.</summary>
    public static string ForKana(string hepburn) => Useful(ConsonantsOfKana(hepburn));

    /// <summary>
    /// The key of a Latin token however short (KIM → KM, TANG → TN); empty when it has other characters. A short key
    /// proposes nothing; it only confirms a pair whose vowels agree as well (<see cref="KanaPhoneticComparison"/>).
    /// </summary>
    public static string ConsonantsOfLatin(string spelling)
    {
        var builder = new StringBuilder(spelling.Length);
        for (var i = 0; i < spelling.Length; i++)
        {
            var c = spelling[i];
            if (c is < 'A' or > 'Z')
            {
                return string.Empty;
            }

            var next = i + 1 < spelling.Length ? spelling[i + 1] : '\0';
            if (i == 0 && c is 'V' or 'W' && !IsVowel(next))
            {
                continue;
            }

            var (consonant, skip) = (c, next) switch
            {
                ('S', 'H') when At(spelling, i + 2, "CH") => ('S', 3),
                ('S', 'H') => ('S', 1),
                ('C', 'H') when At(spelling, i + 2, "R") => ('K', 1),
                ('C', 'H') => ('T', 1),
                ('T', 'H') => ('S', 1),
                ('P', 'H') => ('H', 1),
                ('K', 'H') => ('H', 1),
                ('G', 'H') => ('G', 1),
                ('Z', 'H') => ('D', 1),
                ('D', 'H') => ('D', 1),
                ('T', 'S' or 'Z') => ('T', 1),
                ('C', 'K') => ('K', 1),
                ('D', 'J' or 'Z') => ('D', 1),
                ('C', 'E' or 'I' or 'Y') => ('S', 0),
                ('X', 'I' or 'U') when StartsPinyinSyllable(spelling, i) => ('S', 0),
                ('Q', 'I') when StartsPinyinSyllable(spelling, i) => ('T', 0),
                ('C' or 'Q', _) => ('K', 0),
                ('X', _) => ('X', 0),
                ('H', '\0') => ('\0', 0),
                ('V', '\0' or 'S' or 'K' or 'T' or 'C' or 'P' or 'F') => ('H', 0),
                ('L', 'J') => ('R', 1),
                ('N', 'G') when i + 2 == spelling.Length || !IsVowel(spelling[i + 2]) => ('N', 1),
                ('J', not '\0') when i > 0 && !IsVowel(next) => ('\0', 0),
                _ => (Merge(c), 0),
            };

            i += skip;
            if (consonant == 'X')
            {
                Append(builder, 'K');
                Append(builder, 'S');
            }
            else if (consonant != '\0')
            {
                Append(builder, consonant);
            }
        }

        return builder.ToString();
    }

    /// <summary>The key of a kana word from its Hepburn spelling however short (ABUDO → BD, TAN → TN).</summary>
    public static string ConsonantsOfKana(string hepburn)
    {
        var builder = new StringBuilder(hepburn.Length);
        for (var i = 0; i < hepburn.Length; i++)
        {
            var c = hepburn[i];
            var next = i + 1 < hepburn.Length ? hepburn[i + 1] : '\0';
            if (i == 0 && c == 'V' && next == 'U' && i + 2 < hepburn.Length && !IsVowel(hepburn[i + 2]))
            {
                // ヴラソフ (VURASOF) for VLASOV: the initial V of a cluster, which ForLatin skips as it skips ウ.
                continue;
            }

            var (consonant, skip) = (c, next) switch
            {
                ('S', 'H') => ('S', 1),
                ('C', 'H') => ('T', 1),
                ('T', 'S') => ('T', 1),
                ('N', 'G') when i + 2 == hepburn.Length || (hepburn[i + 2] == 'U' && (i + 3 == hepburn.Length || !IsVowel(hepburn[i + 3]))) => ('N', 1),
                _ => (Merge(c), 0),
            };

            i += skip;
            if (consonant != '\0')
            {
                Append(builder, consonant);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The Hepburn spelling of a kana word without the Arabic article written against it, as Japanese writes a nisba or
    /// family name (MOF: アルハッジ, アルアッカード, アルイティハード・アルイスラミヤ for AL-ITIHAAD AL-ISLAMIYA); null
    /// when the word does not start with アル (ARU) and at least two more letters. The whole word is compared too:
    /// アルカディ (MOF) is ARKADY, not the article.
    /// </summary>
    public static string? WithoutArabicArticle(string hepburn) =>
        hepburn.Length > 4 && hepburn.StartsWith("ARU", StringComparison.Ordinal) ? hepburn[3..] : null;

    /// <summary>
    /// Whether the vowels of a kana word (its Hepburn spelling) are those of the Latin token once the vowels Japanese
    /// adds are skipped: U and O after a consonant, I only where Japanese has no other way to write the sound — after
    /// CH, SH and J (チ, シ, ジ for a bare CH, SH, J: ミハイロヴィチ MIKHAYLOVICH) and after a vowel, where イ writes the
    /// glide Y or J (アンドレイ ANDREY, ニコライェビチ NIKOLAYEVICH). An I after any other consonant is a vowel of the name:
    /// ファフリザーデ (MOF, Mohsen FAKHRIZADEH) has the I that FAKHRZADEH (SDN 27032, another man) lacks.
    /// ANDOREI has the vowels of ANDREY, IVANAEF not those of IVANOV. Repeated vowels count once (long vowels); Y before
    /// a consonant or at the end is I.
    /// </summary>
    public static bool VowelsAgree(string hepburn, string latin)
    {
        // In a stack buffer: a kana query token asks this of every listed token its key finds.
        Span<char> listedBuffer = latin.Length <= StackLimit ? stackalloc char[latin.Length] : new char[latin.Length];
        var listed = listedBuffer[..Vowels(latin, listedBuffer)];
        var j = 0;
        for (var i = 0; i < hepburn.Length; i++)
        {
            var vowel = hepburn[i];
            if (vowel is not ('A' or 'E' or 'I' or 'O' or 'U') || (i > 0 && hepburn[i - 1] == vowel))
            {
                continue;
            }

            if (j < listed.Length && listed[j] == vowel)
            {
                j++;
            }
            else if (!AddedByJapanese(hepburn, i))
            {
                return false;
            }
        }

        return j == listed.Length;
    }

    /// <summary>
    /// The exact-lookup form of a Latin token whose key is too short to propose names alone (XIA → "S:IA", IL → "R:I",
    /// SHAH → "S:A"): its consonants and its vowels as <see cref="VowelsAgree"/> reads them; null for a key of none or of
    /// <see cref="ShortestUsefulKey"/> or more consonants. A kana word's forms (<see cref="ShortLookupsOfKana"/>) meet it.
    /// </summary>
    public static string? ShortLookupOfLatin(string spelling, string consonants)
    {
        if (consonants.Length is 0 or >= ShortestUsefulKey)
        {
            return null;
        }

        Span<char> buffer = spelling.Length <= StackLimit ? stackalloc char[spelling.Length] : new char[spelling.Length];
        return string.Concat(consonants, ":", buffer[..Vowels(spelling, buffer)]);
    }

    /// <summary>
    /// The forms of a short-keyed kana word (its Hepburn spelling and <see cref="ConsonantsOfKana"/>) a Latin token it
    /// sounds like may have (<see cref="ShortLookupOfLatin"/>): its consonants with its vowels, each vowel Japanese may
    /// have added kept or left out (シア SHIA → "S:IA" for XIA and "S:A" for SHA). Empty for a key of none or of
    /// <see cref="ShortestUsefulKey"/> or more consonants, and for a word with more than four such vowels (no short name has them).
    /// </summary>
    public static IReadOnlyList<string> ShortLookupsOfKana(string hepburn, string consonants)
    {
        if (consonants.Length is 0 or >= ShortestUsefulKey)
        {
            return [];
        }

        Span<char> vowels = stackalloc char[Math.Min(hepburn.Length, StackLimit)];
        Span<bool> optional = stackalloc bool[vowels.Length];
        var count = 0;
        var optionalCount = 0;
        for (var i = 0; i < hepburn.Length && count < vowels.Length; i++)
        {
            var vowel = hepburn[i];
            if (vowel is 'A' or 'E' or 'I' or 'O' or 'U' && (i == 0 || hepburn[i - 1] != vowel))
            {
                vowels[count] = vowel;
                optional[count] = AddedByJapanese(hepburn, i);
                optionalCount += optional[count] ? 1 : 0;
                count++;
            }
        }

        if (optionalCount > 4)
        {
            return [];
        }

        var forms = new List<string>(1 << optionalCount);
        Span<char> form = stackalloc char[consonants.Length + 1 + count];
        consonants.CopyTo(form);
        form[consonants.Length] = ':';
        for (var dropped = 0; dropped < 1 << optionalCount; dropped++)
        {
            var length = consonants.Length + 1;
            var bit = 0;
            for (var v = 0; v < count; v++)
            {
                if (optional[v] && (dropped & (1 << bit++)) != 0)
                {
                    continue;
                }

                form[length++] = vowels[v];
            }

            // Two optional vowels alike (SUSU: dropping either U gives S:U) make one form, looked up once.
            var spelled = form[..length].ToString();
            if (!forms.Contains(spelled))
            {
                forms.Add(spelled);
            }
        }

        return forms;
    }

    /// <summary>Whether the vowel at <paramref name="i"/> of a Hepburn spelling may be one Japanese writing adds (<see cref="VowelsAgree"/>).</summary>
    private static bool AddedByJapanese(string hepburn, int i) => hepburn[i] switch
    {
        'U' or 'O' => true,
        'I' => i > 0 && (hepburn[i - 1] is 'J' or 'A' or 'E' or 'I' or 'O' or 'U' || (i > 1 && hepburn[i - 1] == 'H' && hepburn[i - 2] is 'S' or 'C')),
        _ => false,
    };

    private const int StackLimit = 128;

    /// <summary>Writes the vowels of <paramref name="spelling"/> to <paramref name="vowels"/> (as long as it) and returns how many.</summary>
    private static int Vowels(string spelling, Span<char> vowels)
    {
        var count = 0;
        for (var i = 0; i < spelling.Length; i++)
        {
            var c = spelling[i];
            var vowel = c is 'Y' && (i + 1 == spelling.Length || !IsVowel(spelling[i + 1])) ? 'I' : c;
            if (vowel is 'A' or 'E' or 'I' or 'O' or 'U' && (i == 0 || spelling[i - 1] != c))
            {
                vowels[count++] = vowel;
            }
        }

        return count;
    }

    private static char Merge(char c) => c switch
    {
        'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'W' => '\0',
        'L' => 'R',
        'V' => 'B',
        'J' => 'D',
        'Z' => 'S',
        'F' => 'H',
        _ => c,
    };

    private static void Append(StringBuilder builder, char consonant)
    {
        if (builder.Length > 0 && builder[^1] == 'N' && consonant is 'M' or 'B' or 'P')
        {
            // ン before a labial is M: タンボフツェフ for TAMBOVTSEV, ムハンマド for MUHAMMAD, ドンバス for DONBASS.
            builder[^1] = 'M';
        }

        if (builder.Length == 0 || builder[^1] != consonant)
        {
            builder.Append(consonant);
        }
    }

    /// <summary>
    /// Whether the X or Q at <paramref name="i"/> is pinyin's, which Japanese writes シ and チ (ルオ・チュワンシュー for
    /// Luo CHUANXU, マ・シャオホン for Ma XIAOHONG, MOF sheet18; シア for XIA, チン for QIN): pinyin writes them only before
    /// I or U (X) and I (Q), at the start of a syllable, and the syllable goes on with a vowel, N or nothing (XIA, XIAO,
    /// XIN, XING, XU, QIAN, QING). Taken where a syllable visibly starts — the start of the word or after N or NG
    /// (CHUANXU, DONGXING) — since after a vowel X is as often a Western KS (ALEXIA, MAXIM).
    /// </summary>
    private static bool StartsPinyinSyllable(string spelling, int i)
    {
        var syllableStart = i == 0 || spelling[i - 1] == 'N' || (i > 1 && spelling[i - 1] == 'G' && spelling[i - 2] == 'N');
        return syllableStart && (i + 2 == spelling.Length || spelling[i + 2] is 'A' or 'E' or 'I' or 'O' or 'U' or 'N');
    }

    private static string Useful(string key) => key.Length >= ShortestUsefulKey ? key : string.Empty;

    private static bool At(string spelling, int index, string part) =>
        index + part.Length <= spelling.Length && spelling.AsSpan(index, part.Length).SequenceEqual(part);

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
}
