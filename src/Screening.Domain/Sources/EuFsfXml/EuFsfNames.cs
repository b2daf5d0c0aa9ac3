using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.EuFsfXml;

/// <summary>
/// The names of a <c>sanctionEntity</c>: one per <c>nameAlias</c>, with its parts, language and strength.
/// <c>strong="false"</c> marks a weak alias; entries taken over from the UN carry the UN's quality in a
/// remark instead ("low quality alias") while still saying <c>strong="true"</c>, so both are read.
/// </summary>
internal static class EuFsfNames
{
    public static List<EntityName> All(XmlEntryNode entry)
    {
        var names = new List<EntityName>();
        foreach (var alias in entry.Children("nameAlias"))
        {
            var first = TextValues.NullIfBlank(alias.Attribute("firstName"));
            var middle = TextValues.NullIfBlank(alias.Attribute("middleName"));
            var last = TextValues.NullIfBlank(alias.Attribute("lastName"));
            var whole = TextValues.NullIfBlank(alias.Attribute("wholeName")) ?? TextValues.JoinNonBlank(" ", first, middle, last);
            if (whole is null)
            {
                continue;
            }

            var weak = alias.Attribute("strong") == "false"
                       || alias.Texts("remark").Any(remark => remark.Contains("low quality", StringComparison.OrdinalIgnoreCase));
            names.Add(new EntityName(
                whole,
                weak ? NameStrength.Weak : NameStrength.Strong,
                Script: ScriptDetector.Detect(whole),
                Parts: first is null && middle is null && last is null ? null : new NameParts(first, middle, last),
                Language: TextValues.NullIfBlank(alias.Attribute("nameLanguage"))));
        }

        return names;
    }

    /// <summary>
    /// The EU marks no name as primary. The name given in parts is the one the regulation lists the
    /// party under; otherwise the first strong Latin-script name, otherwise the first name.
    /// </summary>
    public static EntityName ChoosePrimary(List<EntityName> names)
    {
        var chosen = names.FirstOrDefault(n => n is { Script: null, Strength: NameStrength.Strong, Parts.Family: not null })
                     ?? names.FirstOrDefault(n => n is { Script: null, Strength: NameStrength.Strong })
                     ?? names[0];
        var index = names.IndexOf(chosen);
        names[index] = chosen with { IsPrimary = true };
        return names[index];
    }
}
