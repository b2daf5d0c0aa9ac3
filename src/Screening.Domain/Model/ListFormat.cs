namespace Screening.Domain.Model;

/// <summary>Every published format Screening can read.</summary>
public enum ListFormat
{
    OfacLegacyXml,
    OfacCsv,
    OfacEnhancedXml,
    UnConsolidatedXml,
    CustomCsv,

    /// <summary>Japan's Ministry of Finance asset-freeze list, the official Excel workbook.</summary>
    MofExcel,

    /// <summary>The EU Financial Sanctions Files consolidated list, XML v1.1.</summary>
    EuFsfXml,

    /// <summary>The UK OFSI Consolidated List, Excel (2022 onwards) or CSV (older) form.</summary>
    UkOfsi,
}
