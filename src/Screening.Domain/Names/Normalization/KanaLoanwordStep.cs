using System.Collections.Frozen;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6f (part of <see cref="KanaWordStep"/>): the generic words of a company or body name that Japanese writes as
/// English loanwords in katakana become the English words the lists print. The MOF list writes KOREA KWANGSONG TRADING
/// CORPORATION as コリア・クァンソン・トレーディング・コーポレーション: Hepburn gives TOREDINGU KOPORESHON, which shares
/// too little with TRADING CORPORATION for fuzzy matching, while the word is the English word by construction. Only
/// words that say what kind of body it is (and コリア, the loanword for KOREA, which the lists always write in English)
/// are listed, never a word that can be a name (マリン can be MARIN, ライン RHINE): those are left to Hepburn and the
/// phonetic key. A whole kana word is looked up, so ロスバンク (ROSBANK, one listed word) stays a name.
/// </summary>
internal static class KanaLoanwordStep
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Legal forms and kinds of body.
        ["カンパニー"] = "COMPANY", ["コーポレーション"] = "CORPORATION", ["リミテッド"] = "LIMITED",
        ["インコーポレイテッド"] = "INCORPORATED", ["ホールディングス"] = "HOLDINGS", ["ホールディング"] = "HOLDING",
        ["グループ"] = "GROUP", ["エンタープライズ"] = "ENTERPRISE", ["エンタープライズズ"] = "ENTERPRISES",
        ["インダストリー"] = "INDUSTRY", ["インダストリーズ"] = "INDUSTRIES", ["エージェンシー"] = "AGENCY",
        ["ジョイント"] = "JOINT", ["ベンチャー"] = "VENTURE", ["ベンチャーズ"] = "VENTURES", ["センター"] = "CENTER",
        ["ビューロー"] = "BUREAU", ["オフィス"] = "OFFICE", ["ミニストリー"] = "MINISTRY", ["アカデミー"] = "ACADEMY",
        ["バンク"] = "BANK", ["ファンド"] = "FUND", ["トラスト"] = "TRUST", ["プラント"] = "PLANT", ["ファクトリー"] = "FACTORY",
        ["コンツェルン"] = "CONCERN", ["アソシエーション"] = "ASSOCIATION", ["インスティテュート"] = "INSTITUTE",
        ["ユニオン"] = "UNION", ["カウンシル"] = "COUNCIL", ["ファウンデーション"] = "FOUNDATION", ["ネットワーク"] = "NETWORK",

        // What it does.
        ["トレーディング"] = "TRADING", ["シッピング"] = "SHIPPING", ["マリタイム"] = "MARITIME", ["マネジメント"] = "MANAGEMENT",
        ["エンジニアリング"] = "ENGINEERING", ["コンストラクション"] = "CONSTRUCTION", ["エクスプロレーション"] = "EXPLORATION",
        ["エクスポート"] = "EXPORT", ["インポート"] = "IMPORT", ["ロジスティクス"] = "LOGISTICS", ["トランスポート"] = "TRANSPORT",
        ["トランスファー"] = "TRANSFER", ["サービス"] = "SERVICE", ["サービシーズ"] = "SERVICES", ["サービシズ"] = "SERVICES",
        ["アビエーション"] = "AVIATION", ["アヴィエーション"] = "AVIATION", ["ナビゲーション"] = "NAVIGATION",
        ["テクノロジー"] = "TECHNOLOGY", ["テクノロジーズ"] = "TECHNOLOGIES", ["エレクトロニクス"] = "ELECTRONICS",
        ["ケミカル"] = "CHEMICAL", ["ケミカルズ"] = "CHEMICALS", ["エナジー"] = "ENERGY", ["エネルギー"] = "ENERGY",
        ["オイル"] = "OIL", ["ガス"] = "GAS", ["ペトロリアム"] = "PETROLEUM", ["メタラージー"] = "METALLURGY",
        ["インベストメント"] = "INVESTMENT", ["デベロップメント"] = "DEVELOPMENT", ["ディベロップメント"] = "DEVELOPMENT", ["インベストメンツ"] = "INVESTMENTS", ["ファイナンス"] = "FINANCE",
        ["キャピタル"] = "CAPITAL", ["リサーチ"] = "RESEARCH", ["コンピューター"] = "COMPUTER", ["システム"] = "SYSTEM",
        ["システムズ"] = "SYSTEMS", ["ソリューションズ"] = "SOLUTIONS", ["デジタル"] = "DIGITAL", ["ディフェンス"] = "DEFENCE",
        ["セキュリティ"] = "SECURITY", ["マネー"] = "MONEY", ["キャッシュ"] = "CASH", ["エクスチェンジ"] = "EXCHANGE",

        // Words that join them.
        ["インターナショナル"] = "INTERNATIONAL", ["ナショナル"] = "NATIONAL", ["ジェネラル"] = "GENERAL",
        ["ユナイテッド"] = "UNITED", ["ファースト"] = "FIRST", ["オーシャン"] = "OCEAN", ["グローバル"] = "GLOBAL",
        ["オブ"] = "OF", ["アンド"] = "AND", ["フォー"] = "FOR", ["ザ"] = "THE",
        ["コリア"] = "KOREA",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The English word a whole katakana word stands for, or null when it is no generic loanword.</summary>
    public static string? English(string kana) => Words.GetValueOrDefault(kana);
}
