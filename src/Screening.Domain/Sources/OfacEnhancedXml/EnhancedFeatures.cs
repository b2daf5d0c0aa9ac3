using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.OfacCommon;

namespace Screening.Domain.Sources.OfacEnhancedXml;

/// <summary>
/// The features of an enhanced-XML entity that the model holds: wallet addresses, birth data,
/// nationality, citizenship, title and vessel particulars. Other features (websites, directives,
/// ISINs...) are informational and not used for screening.
/// </summary>
internal sealed class EnhancedFeatures
{
    public List<DigitalCurrencyAddress> DigitalCurrencyAddresses { get; } = [];
    public List<DateOfBirth> DatesOfBirth { get; } = [];
    public List<string> PlacesOfBirth { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<string> Citizenships { get; } = [];
    public string? Title { get; private set; }
    public VesselDetails? Vessel { get; private set; }

    public static EnhancedFeatures Read(XmlEntryNode entity)
    {
        var features = new EnhancedFeatures();
        foreach (var feature in entity.Child("features")?.Children("feature") ?? [])
        {
            var type = feature.Text("type");
            var value = feature.Text("value");
            if (type is not null)
            {
                features.Add(type, value, feature.Child("valueDate"));
            }
        }

        return features;
    }

    private void Add(string type, string? value, XmlEntryNode? valueDate)
    {
        if (OfacIdentifiers.DigitalCurrencyAsset(type) is { } asset)
        {
            if (value is not null)
            {
                DigitalCurrencyAddresses.Add(new DigitalCurrencyAddress(asset, value));
            }

            return;
        }

        switch (type.ToLowerInvariant())
        {
            case "birthdate":
                if (((value is null ? null : OfacDateText.ParseDateOfBirth(value)) ?? FromValueDate(valueDate, value)) is { } dob)
                {
                    DatesOfBirth.Add(dob);
                }

                break;
            case "place of birth" when value is not null:
                PlacesOfBirth.Add(value);
                break;
            case "nationality country" when value is not null:
                Nationalities.Add(value);
                break;
            case "citizenship country" when value is not null:
                Citizenships.Add(value);
                break;
            case "title" when value is not null:
                Title = Title is null ? value : $"{Title}; {value}";
                break;
            case "vessel call sign":
                Vessel = (Vessel ?? new VesselDetails()) with { CallSign = value };
                break;
            case "vessel type":
                Vessel = (Vessel ?? new VesselDetails()) with { VesselType = value };
                break;
            case "vessel tonnage":
                Vessel = (Vessel ?? new VesselDetails()) with { Tonnage = value };
                break;
            case "vessel gross registered tonnage":
                Vessel = (Vessel ?? new VesselDetails()) with { GrossRegisteredTonnage = value };
                break;
            case "vessel flag":
                Vessel = (Vessel ?? new VesselDetails()) with { Flag = value };
                break;
            case "vessel owner":
                Vessel = (Vessel ?? new VesselDetails()) with { Owner = value };
                break;
        }
    }

    /// <summary>When the wording is unreadable, the structured range still gives the dates.</summary>
    private static DateOfBirth? FromValueDate(XmlEntryNode? valueDate, string? text)
    {
        if (valueDate is null || Iso(valueDate.Text("fromDateBegin")) is not { } from || Iso(valueDate.Text("toDateEnd")) is not { } to)
        {
            return null;
        }

        return from == to
            ? new DateOfBirth(new PartialDate(from.Year, from.Month, from.Day), null, text)
            : new DateOfBirth(new PartialDate(from.Year, from.Month, from.Day), new PartialDate(to.Year, to.Month, to.Day), text);
    }

    private static DateOnly? Iso(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
