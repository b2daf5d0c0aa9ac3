namespace Screening.Domain.Sources.Common;

/// <summary>The one XML file an XML list format expects, or a clear error for anything else.</summary>
internal static class SingleXmlFile
{
    public static ListFile Of(ListInput input, string expectedRoot)
    {
        if (input.Files is not [var file])
        {
            throw new ListParseException(
                input.Files.Count == 0 ? "(no file)" : string.Join(", ", input.Files.Select(f => f.Name)),
                $"expected exactly one XML file with root {expectedRoot}, got {input.Files.Count} files");
        }

        return file;
    }
}
