namespace Screening.Evaluation.Names;

/// <summary>
/// Size and seed of the labelled benchmark. The defaults reproduce the published peer comparison:
/// 40,000 entities, 500 altered list names and 500 unlisted person names; besides, near-miss company names
/// (negatives that must never be a match), Korean names of the DPRK programmes in Hangul and in Revised Romanization,
/// listed persons written in Greek, Armenian, Georgian, Hebrew and Devanagari (<see cref="ScriptSpellingQueries"/>, so
/// many per script) and in katakana (<see cref="KatakanaSpellingQueries"/>).
/// </summary>
public sealed record EvaluationSetOptions(
    int Seed = 20210707,
    int EntityCount = 40_000,
    int AlteredQueries = 500,
    int UnlistedQueries = 500,
    int NearMissCompanies = 100,
    int KoreanQueries = 100,
    int ScriptQueriesPerScript = 50,
    int KatakanaQueries = 50);
