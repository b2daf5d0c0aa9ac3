namespace Screening.Domain.Model;

/// <summary>Every published format Screening can read.</summary>
public enum ListFormat
{
    OfacLegacyXml,
    OfacCsv,
    OfacEnhancedXml,
    UnConsolidatedXml,
    CustomCsv,
}
