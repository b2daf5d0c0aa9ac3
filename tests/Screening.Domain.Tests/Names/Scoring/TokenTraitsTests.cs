using Screening.Domain.Names;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>
/// The per-token facts <see cref="TokenSimilarity.Compare(NameToken, in TokenTraits, NameToken, in TokenTraits, NameMatchingOptions)"/>
/// reads are computed once per token (per query token in the query context, per listed token in the vocabulary), not
/// per pair: the comparison must take them from the traits it is handed, and the traits must say what the token is.
/// </summary>
public sealed class TokenTraitsTests
{
    private static readonly NameMatchingOptions Options = new();

    private static NameToken Token(string word, bool isIndividual = true) => Assert.Single(NameNormalizer.Normalize(word, isIndividual));

    [Fact]
    public void Traits_say_what_the_token_is()
    {
        Assert.Equal(new TokenTraits(HasDigits: false, IsVowelless: false, IsDictionaryNameKey: false, LetterCount: 5), TokenTraits.Of(Token("KOZLOV")));
        Assert.True(TokenTraits.Of(Token("AB12", isIndividual: false)).HasDigits);
        Assert.True(TokenTraits.Of(Token("MHMD")).IsVowelless);
        Assert.True(TokenTraits.Of(Token("לוי")).IsVowelless); // Hebrew: written without vowels whatever its Latin letters
        Assert.True(TokenTraits.Of(Token("MUHAMMAD")).IsDictionaryNameKey);
    }

    [Fact]
    public void Compare_reads_the_traits_it_is_given_not_the_token_again()
    {
        var query = Token("KOZLOF");
        var listed = Token("KOZLOV");
        var (similarity, kind) = TokenSimilarity.Compare(query, TokenTraits.Of(query), listed, TokenTraits.Of(listed), Options);
        Assert.Equal(TokenMatchKind.Fuzzy, kind);
        Assert.True(similarity > 0.8);

        // Traits that claim a digit: a token with digits matches only exactly, so the pair is unmatched. Were the token
        // scanned again per pair, the claim would make no difference.
        var withDigits = TokenTraits.Of(query) with { HasDigits = true };
        Assert.Equal((0.0, TokenMatchKind.Unmatched), TokenSimilarity.Compare(query, withDigits, listed, TokenTraits.Of(listed), Options));
    }

    [Fact]
    public void The_vocabulary_holds_each_listed_token_traits()
    {
        var vocabulary = Sdn2021Index.Index.ContextFor([]).Vocabulary;
        Assert.Equal(vocabulary.Tokens.Length, vocabulary.Traits.Length);
        for (var i = 0; i < vocabulary.Tokens.Length; i++)
        {
            Assert.Equal(TokenTraits.Of(vocabulary.Tokens[i]), vocabulary.Traits[i]);
        }
    }
}
