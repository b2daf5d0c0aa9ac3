using Nethereum.Util;
using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

public sealed class EvmAddressCodecTests
{
    [Fact]
    public void Eip55_form_agrees_with_nethereum_and_one_flipped_letter_case_is_a_checksum_error()
    {
        var random = new Random(155);
        var account = new byte[20];
        var flipped = 0;
        for (var i = 0; i < 2_000; i++)
        {
            random.NextBytes(account);
            var lowercase = "0x" + Convert.ToHexStringLower(account);
            var eip55 = AddressUtil.Current.ConvertToChecksumAddress(lowercase);

            var fromLowercase = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(lowercase));
            var fromEip55 = Assert.IsType<RecognizedAddress>(AddressRecognizer.Recognize(eip55));
            Assert.Equal(eip55, fromLowercase.DisplayForm);
            Assert.Equal(eip55, fromEip55.DisplayForm);
            Assert.Equal(lowercase, fromEip55.NormalizedKey);

            // Flipping the case of one letter keeps the input mixed case only if another letter of the other case
            // remains; such inputs must fail EIP-55.
            var letter = eip55.AsSpan(2).IndexOfAnyInRange('a', 'f') is var lower and >= 0 ? lower + 2 : eip55.AsSpan(2).IndexOfAnyInRange('A', 'F') + 2;
            if (letter < 2)
            {
                continue;
            }

            var chars = eip55.ToCharArray();
            chars[letter] = char.IsUpper(chars[letter]) ? char.ToLowerInvariant(chars[letter]) : char.ToUpperInvariant(chars[letter]);
            var altered = new string(chars);
            var digits = altered.AsSpan(2);
            if (digits.IndexOfAnyInRange('a', 'f') >= 0 && digits.IndexOfAnyInRange('A', 'F') >= 0)
            {
                var rejected = Assert.IsType<RejectedAddress>(AddressRecognizer.Recognize(altered));
                Assert.Equal(AddressErrorCodes.Checksum, rejected.Code);
                flipped++;
            }
        }

        Assert.True(flipped > 1_900, $"only {flipped} case-flipped variants were checked");
    }
}
