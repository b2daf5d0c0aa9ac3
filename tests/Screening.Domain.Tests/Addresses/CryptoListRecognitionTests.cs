using Screening.Domain.Addresses;

namespace Screening.Domain.Tests.Addresses;

public sealed class CryptoListRecognitionTests
{
    [Theory]
    [InlineData(CryptoListSet.Upstream2024)]
    [InlineData(CryptoListSet.Fork2025)]
    [InlineData(CryptoListSet.WithNames2025)]
    public void Dump(string set)
    {
        foreach (var entry in CryptoListSet.Read(set))
        {
            var r = AddressRecognizer.Recognize(entry.Address, entry.Asset);
            if (r is RejectedAddress rej)
            {
                Console.WriteLine($"{set} {entry.Asset} {entry.Address} {rej.Code} {rej.Reason}");
            }
        }
    }
}
