using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Evaluation.Names;
using Screening.Domain.Names.Scoring;
using Screening.Domain.Tests.Names.Evaluation;

namespace Screening.Domain.Tests.Names;

/// <summary>
/// Arabic-script queries against Latin-only listings: the UN Consolidated List (2026-02-27) with its Arabic
/// original-script names removed, the way OFAC lists the same people. Queries are the UN's own Arabic names.
/// </summary>
public sealed class ArabicScriptMatchingTests
{
    private static readonly Lazy<NameIndex> LatinOnly = new(() => NameIndex.Build(ArabicScriptSliceBuilder.Build(UnConsolidated2026.Entities).Entities));

    private static double MatchThreshold => NameMatchingOptions.Default.MatchThreshold;

    [Theory]
    [InlineData("صدام حسين التكريتي", "un:IQi.001")] // SADDAM HUSSEIN AL-TIKRITI
    [InlineData("عزت ابراهيم الدوري", "un:IQi.006")] // IZZAT IBRAHIM AL-DURI
    [InlineData("علي حسن المجيد التكريتي", "un:IQi.005")] // ALI HASSAN AL-MAJID AL-TIKRITI
    [InlineData("جمال مصطفى عبد الله سلطان التكريتي", "un:IQi.022")] // JAMAL MUSTAFA ABDALLAH SULTAN AL-TIKRITI: "عبد الله" joins
    [InlineData("أيمن محمد ربيع الظواهري", "un:QDi.006")] // AIMAN MUHAMMED RABI AL-ZAWAHIRI
    [InlineData("قاسم محمد مهدي الريمي", "un:QDi.282")] // QASIM MOHAMED MAHDI AL-RIMI
    [InlineData("حمزة أسامة محمد بن لادن", "un:QDi.421")] // HAMZA USAMA MUHAMMAD BIN LADEN
    [InlineData("عبد الله يحيى الحاكم", "un:YEi.002")] // ABDULLAH YAHYA AL HAKIM
    [InlineData("محمد حسن آخوند", "un:TAi.002")] // MOHAMMAD HASSAN AKHUND
    [InlineData("عمر محمود عثمان", "un:QDi.031")] // OMAR MAHMOUD UTHMAN
    public void Finds_the_latin_listed_entry_of_an_arabic_name_as_a_match(string query, string expectedId)
    {
        var match = LatinOnly.Value.Search(new NameQuery(query))[0];

        Assert.Equal(expectedId, match.Entity.Id);
        Assert.True(match.Score >= MatchThreshold, match.Explanation.ToString());
    }

    [Theory]
    [InlineData("محمود حمزة زبيدي", "un:IQi.009")] // MUHAMMAD HAMZA ZUBAIDI, with Mahmud for Muhammad
    [InlineData("صدام حسن التكريتي", "un:IQi.001")] // SADDAM HUSSEIN AL-TIKRITI, with Hasan for Husayn
    [InlineData("عمار محمود عثمان", "un:QDi.031")] // OMAR MAHMOUD UTHMAN, with Ammar for Umar
    [InlineData("عابد حامد محمد التكريتي", "un:IQi.004")] // ABID HAMID MAHMUD AL-TIKRITI, with Muhammad for Mahmud
    [InlineData("جميل مصطفى", "un:QDi.129")] // DJAMEL MOUSTFA, with Jamil for Jamal
    [InlineData("حسين ظاهر عويس", "un:QDi.042")] // HASSAN DAHIR AWEYS, with Husayn for Hasan
    public void Does_not_match_a_listed_name_that_differs_by_one_arabic_name(string query, string listedId)
    {
        var matches = LatinOnly.Value.Search(new NameQuery(query, Limit: 50, IncludeBelowThreshold: true));

        var listed = matches.FirstOrDefault(m => m.Entity.Id == listedId);
        Assert.True(listed is null || listed.Score < MatchThreshold, listed?.Explanation.ToString());
    }

    [Fact]
    public void Index_has_no_arabic_script_names() =>
        Assert.All(ArabicScriptSliceBuilder.Build(UnConsolidated2026.Entities).Entities.SelectMany(e => e.Names), n => Assert.Null(n.Script));

    [Fact]
    public void Scores_arabic_spellings_of_one_name_alike()
    {
        var withHamza = LatinOnly.Value.Search(new NameQuery("إبراهيم أحمد عبد الستار محمد التكريتي"))[0]; // UN IQi.013
        var without = LatinOnly.Value.Search(new NameQuery("ابراهيم احمد عبد الستار محمد التكريتى"))[0]; // no hamza, alef maqsura

        Assert.Equal("un:IQi.013", withHamza.Entity.Id);
        Assert.Equal(withHamza.Entity.Id, without.Entity.Id);
        Assert.Equal(withHamza.Score, without.Score, 6);
        Assert.Equal(EntityType.Individual, withHamza.Entity.Type);
    }
}
