using Screening.Domain.Model;
using Screening.Domain.Sources.OfacCommon;

namespace Screening.Domain.Tests.Sources.OfacCommon;

public sealed class OfacRemarksParserTests
{
    [Fact]
    public void Reads_every_kind_of_remark_segment()
    {
        var facts = OfacRemarksParser.Parse(
            "DOB 1968 to 1970; alt. DOB circa 1972; POB Kabul, Afghanistan; nationality Afghanistan; citizen Pakistan; "
            + "Passport A1234567 (Pakistan) issued 01 Jan 2010 expires 01 Jan 2020; National ID No. 99-88 (Afghanistan); "
            + "Digital Currency Address - XBT 1AbCdEfGhIjKlMnOpQrStUvWxYz123456; alt. Digital Currency Address - ETH 0xabc0000000000000000000000000000000000def; "
            + "a.k.a. 'THE FICTIONAL ONE'; Linked To: EXAMPLE HOLDINGS LTD.");

        Assert.Equal([new DateOfBirth(new PartialDate(1968), new PartialDate(1970), "1968 to 1970"), new DateOfBirth(new PartialDate(1972), null, "circa 1972")], facts.DatesOfBirth);
        Assert.Equal(["Kabul, Afghanistan"], facts.PlacesOfBirth);
        Assert.Equal(["Afghanistan"], facts.Nationalities);
        Assert.Equal(["Pakistan"], facts.Citizenships);
        Assert.Equal(
            [new IdentityDocument("Passport", "A1234567", "Pakistan", "01 Jan 2010", "01 Jan 2020"), new IdentityDocument("National ID No.", "99-88", "Afghanistan")],
            facts.Documents);
        Assert.Equal(
            [new DigitalCurrencyAddress("XBT", "1AbCdEfGhIjKlMnOpQrStUvWxYz123456"), new DigitalCurrencyAddress("ETH", "0xabc0000000000000000000000000000000000def")],
            facts.DigitalCurrencyAddresses);
        Assert.Equal([new EntityName("THE FICTIONAL ONE", NameStrength.Weak)], facts.WeakAliases);
        Assert.Equal(["EXAMPLE HOLDINGS LTD."], facts.LinkedTo);
    }

    [Fact]
    public void The_closing_full_stop_is_not_part_of_the_last_value()
    {
        var facts = OfacRemarksParser.Parse("Digital Currency Address - XBT 1AbCdEfGhIjKlMnOpQrStUvWxYz123456.");

        Assert.Equal("1AbCdEfGhIjKlMnOpQrStUvWxYz123456", Assert.Single(facts.DigitalCurrencyAddresses).Value);
    }

    [Fact]
    public void Free_text_that_matches_nothing_is_ignored() =>
        Assert.Empty(OfacRemarksParser.Parse("Website www.example.test; Gender Male; Secondary sanctions risk: section 1(b).").Documents);
}
