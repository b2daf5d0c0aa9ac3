using Screening.Infrastructure.Lists;

namespace Screening.Infrastructure.Tests.Lists;

public sealed class AddressKeyTests
{
    [Theory]
    [InlineData(" 0x8589427373D6D84E98730D7795D8f6f8731FDA16 ", "0x8589427373d6d84e98730d7795d8f6f8731fda16")]
    [InlineData("BC1QA5WKGAEW2DKV56KFVJ49J0AV5NML45X9EK9HZ6", "bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6")]
    [InlineData("1FfmbHfnpaZjKFvyi1okTjJJusN455paPH", "1FfmbHfnpaZjKFvyi1okTjJJusN455paPH")]
    [InlineData("0xNOTHEX", "0xNOTHEX")]
    public void Lowercases_only_case_insensitive_address_forms(string listed, string expected) =>
        Assert.Equal(expected, AddressKey.Normalize(listed));
}
