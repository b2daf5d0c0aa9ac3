namespace Screening.Domain.Model;

/// <summary>
/// OFAC's alias quality: "strong" a.k.a.s identify the party, "weak" (low quality) ones are broad
/// and alone should not block a transaction. UN "Good" maps to strong and "Low" to weak.
/// </summary>
public enum NameStrength
{
    Strong,
    Weak,
}
