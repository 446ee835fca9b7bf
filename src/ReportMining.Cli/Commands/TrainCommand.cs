using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportMining.MachineLearning;
using ReportMining.Sentiment;
using ReportMining.Inspections;
using ReportMining.Sentiment.Training;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining train</c>: reads the labelled sentences, cross-validates the three sentence
/// models on fixed folds (each local authority's reports kept in one fold), trains them on all
/// labels and writes <c>sentiment.bin</c>, <c>area.bin</c>, <c>fine_area.bin</c> — byte for byte
/// the same on every run.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Folder of *.jsonl label files (or one file).", DefaultValueFactory = _ => Path.Combine("models", "training") };
        var corpus = new Option<string>("--corpus") { Description = "Folder of the report texts the labels point into.", DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "ilacs", "texts") };
        var news = new Option<string?>("--news") { Description = "News-style sentences written for the project (JSONL with text), if not in the label folder." };
        var output = new Option<string>("--out") { Description = "Folder to write the model files to.", DefaultValueFactory = _ => "models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0: no cross-validation).", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Threads for cross-validation folds and for training the models side by side (results do not depend on it). Default: the processor count.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var exportFolds = new Option<string?>("--export-folds") { Description = "Write each sentence's fold, text and labels as JSONL to this file (for the scikit-learn comparison; keep it out of the repository)." };
        var noWrite = new Option<bool>("--no-write") { Description = "Cross-validate only; write no model files." };
        var grid = new Option<string?>("--grid") { Description = "Cross-validate each model for these comma-separated L2 values and print the table (no model files written)." };
        var settings = new Option<string[]>("--set") { Description = "Override a recipe setting: key=value (hash_bits, word_ngrams, char_min, char_max, negation_window, contrast, word_weight, char_weight, lexicon_weight, embedding_weight, embedding_mean (0 or 1), embedding_dim, embedding_window, embedding_min_count, embedding_max_words, news_weight, l2_sentiment, l2_area, l2_fine_area, class_weight_sentiment, class_weight_area, class_weight_fine_area, iterations).", AllowMultipleArgumentsPerToken = true };
        var exportPredictions = new Option<string?>("--export-predictions") { Description = "Write the out-of-fold predictions (id, fold, text, gold and predicted labels with probabilities) as JSONL to this file, for error analysis (keep it out of the repository)." };
        var curve = new Option<string?>("--learning-curve") { Description = "Cross-validate with only these comma-separated shares of each fold's training sentences (e.g. 0.25,0.5,0.75,1) and print accuracy per share (no model files written)." };
        var foldVectors = new Option<bool>("--fold-vectors") { Description = "Cross-validate with word vectors learned per fold without the held-out local authorities' reports (slower; the held-out text is then unseen by every step)." };
        var only = new Option<string?>("--model") { Description = "Only this model: sentiment, area or fine_area." };
        var contextGrid = new Option<bool>("--context-grid") { Description = "With cross-validation: also print accuracy with document context for a grid of previous/next-sentence weights.", Hidden = true };
        var exportDocuments = new Option<string?>("--export-documents") { Description = "With cross-validation: write every sentence of each labelled report (span, paragraph, section) with its out-of-fold log-probabilities as JSONL to this file, for studying document context (keep it out of the repository).", Hidden = true };
        var sectionGrid = new Option<bool>("--section-grid") { Description = "With cross-validation: also print accuracy in documents for a grid of section-prior weights, over all labelled sentences and over each half of the local authorities.", Hidden = true };
        var exportFeatures = new Option<string?>("--export-features") { Description = "Write every labelled sentence's feature vector with its fold and labels (binary; see SentenceModelTrainer.ExportFeatures) to this file, for models/mlp_compare.py (keep it out of the repository).", Hidden = true };
        var command = new Command("train", "Train the sentence models from labelled sentences; print cross-validated accuracy and macro-F1.")
        {
            labels, corpus, news, output, folds, threads, exportFolds, exportPredictions, noWrite, grid, curve, settings, only, foldVectors, contextGrid, sectionGrid, exportDocuments, exportFeatures,
        };
        command.Subcommands.Add(TrainPercentageMeasureCommand.Create());
        command.SetAction(parse =>
        {
            var recipe = SentenceModelRecipe.Default with { Folds = Math.Max(2, parse.GetValue(folds)) };
            try
            {
                foreach (var s in parse.GetValue(settings) ?? []) recipe = Apply(recipe, s);
                recipe.Featurizer.Validate();
                foreach (var k in ModelKinds.All) recipe.For(k).Validate();
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                Cli.Io.Stderr.WriteLine($"reportmining train: {e.Message}");
                return Program.UsageError;
            }

            var kinds = ModelKinds.All.ToList();
            if (parse.GetValue(only) is { } name)
            {
                kinds = kinds.Where(k => k.Name() == name).ToList();
                if (kinds.Count == 0)
                {
                    Cli.Io.Stderr.WriteLine($"reportmining train: unknown model '{name}'");
                    return Program.UsageError;
                }
            }

            var total = Stopwatch.StartNew();
            List<LabelledSentence> data;
            var warnings = new List<string>();
            try
            {
                data = TrainingData.Load(parse.GetValue(labels)!, parse.GetValue(corpus), parse.GetValue(news), warnings);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Cli.Io.Stderr.WriteLine($"reportmining train: {e.Message}");
                return Program.SomeInputsFailed;
            }

            foreach (var w in warnings) Cli.Io.Stderr.WriteLine("warning: " + w);
            var o = Cli.Io.Out;
            Describe(o, data);

            if (recipe.EmbeddingDimension > 0 && recipe.Featurizer.EmbeddingWeight > 0)
            {
                // word vectors from the unlabelled reports (or, without a corpus folder, from the labelled sentences)
                var learn = Stopwatch.StartNew();
                string? corpusDir = parse.GetValue(corpus);
                bool fromCorpus = corpusDir is not null && Directory.Exists(corpusDir);
                var texts = fromCorpus
                    ? Directory.GetFiles(corpusDir!, "*.txt").Order(StringComparer.Ordinal)
                        .Select(p => { using var d = ReportMining.Text.Document.Parse(File.ReadAllText(p, Encoding.UTF8)); return new string(d.Normalized); })
                    : data.Select(d => d.Text);
                try
                {
                    var vectors = WordVectors.Learn(texts, recipe.EmbeddingDimension, recipe.EmbeddingMinCount, recipe.EmbeddingMaxWords, recipe.EmbeddingWindow, recipe.Sentiment.Seed);
                    recipe = recipe with { Featurizer = recipe.Featurizer with { Vectors = vectors } };
                    o.WriteLine($"word vectors: {vectors.Count} words x {vectors.Dimension} dimensions from {(fromCorpus ? "the unlabelled reports in " + corpusDir : "the labelled sentences (no corpus folder)")}, learned in {learn.Elapsed.TotalSeconds:0.00} s");
                }
                catch (ArgumentException e)
                {
                    Cli.Io.Stderr.WriteLine($"warning: no word vectors: {e.Message}");
                    recipe = recipe with { Featurizer = recipe.Featurizer with { EmbeddingWeight = 0 } };
                }
            }

            var featurize = Stopwatch.StartNew();
            Func<int, FeaturizerOptions>? foldFeaturizer = null;
            if (parse.GetValue(foldVectors) && recipe.Featurizer.Vectors is not null && parse.GetValue(corpus) is { } corpusFolder && Directory.Exists(corpusFolder))
            {
                var folds0 = SentenceModelTrainer.AssignFolds(data, recipe.Folds, recipe.Sentiment.Seed);
                var corpusFiles = Directory.GetFiles(corpusFolder, "*.txt").Order(StringComparer.Ordinal).ToArray();
                var texts = corpusFiles.Select(p => { using var d = ReportMining.Text.Document.Parse(File.ReadAllText(p, Encoding.UTF8)); return new string(d.Normalized); }).ToArray();
                var groups = corpusFiles.Select(p => TrainingData.GroupOf(Path.GetFileName(p))).ToArray();
                var r0 = recipe;
                var cache = new FeaturizerOptions?[recipe.Folds];
                foldFeaturizer = f =>
                {
                    lock (cache)
                    {
                        if (cache[f] is { } done) return done;
                        var held = data.Where((d, i) => folds0[i] == f).Select(d => d.Group).ToHashSet(StringComparer.Ordinal);
                        var kept = texts.Where((t, i) => !held.Contains(groups[i]));
                        var v = WordVectors.Learn(kept, r0.EmbeddingDimension, r0.EmbeddingMinCount, r0.EmbeddingMaxWords, r0.EmbeddingWindow, r0.Sentiment.Seed);
                        return cache[f] = r0.Featurizer with { Vectors = v };
                    }
                };
                o.WriteLine("cross-validation learns word vectors per fold, without the held-out local authorities' reports");
            }

            Dictionary<string, DocumentLayout>? layouts = null;
            if (parse.GetValue(exportDocuments) is not null && parse.GetValue(corpus) is { } layoutCorpus)
            {
                layouts = data.Select(d => d.File).OfType<string>().Distinct(StringComparer.Ordinal)
                    .ToDictionary(f => f, f => DocumentLayout.Read(Path.Combine(layoutCorpus, f)), StringComparer.Ordinal);
            }

            var trainer = new SentenceModelTrainer(data, recipe)
            {
                Threads = Math.Max(1, parse.GetValue(threads)), FoldFeaturizer = foldFeaturizer,
                Documents = layouts?.ToDictionary(p => p.Key, p => p.Value.Texts, StringComparer.Ordinal),
            };
            o.WriteLine($"featurised in {featurize.Elapsed.TotalSeconds:0.00} s; featuriser: {Describe(recipe.Featurizer)}");
            var sizes = new int[recipe.Folds];
            foreach (int f in trainer.Folds) sizes[f]++;
            o.WriteLine($"folds: {recipe.Folds}, each local authority's reports in one fold, sizes {string.Join(" ", sizes)}");

            if (parse.GetValue(exportFolds) is { } exportPath) ExportFolds(exportPath, data, trainer.Folds);
            if (parse.GetValue(exportFeatures) is { } featuresPath)
            {
                using var stream = File.Create(featuresPath);
                trainer.ExportFeatures(stream);
                o.WriteLine($"exported the feature vectors of {data.Count} sentences to {featuresPath}");
            }

            if (parse.GetValue(curve) is { } curveValues)
            {
                foreach (var kind in kinds)
                {
                    foreach (var share in curveValues.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        double fraction = double.Parse(share, CultureInfo.InvariantCulture);
                        var cv = trainer.CrossValidate(kind, null, fraction);
                        var reports = trainer.Score(cv, d => d.Source == "report");
                        o.WriteLine(FormattableString.Invariant($"learning curve {kind.Name(),-10} share {fraction,-5:0.###} accuracy {cv.Metrics.Accuracy:0.0000} macro-F1 {cv.Metrics.MacroF1:0.0000}; report sentences only: accuracy {reports.Accuracy:0.0000} macro-F1 {reports.MacroF1:0.0000}"));
                    }
                }

                return 0;
            }

            if (parse.GetValue(grid) is { } gridValues)
            {
                var l2s = gridValues.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                foreach (var kind in kinds)
                {
                    foreach (double l2 in l2s)
                    {
                        var cv = trainer.CrossValidate(kind, recipe.For(kind) with { L2 = l2 });
                        var reports = trainer.Score(cv, d => d.Source == "report");
                        o.WriteLine(FormattableString.Invariant($"grid {kind.Name(),-10} l2={l2,-8:G4} accuracy {cv.Metrics.Accuracy:0.0000}  macro-F1 {cv.Metrics.MacroF1:0.0000}; report sentences only: accuracy {reports.Accuracy:0.0000} macro-F1 {reports.MacroF1:0.0000}  ({cv.Elapsed.TotalSeconds:0.0} s)"));
                    }
                }

                return 0;
            }

            var results = new List<CrossValidationResult>();
            if (parse.GetValue(folds) > 0)
            {
                foreach (var kind in kinds)
                {
                    var cv = trainer.CrossValidate(kind);
                    Report(o, cv.Kind, cv.Metrics, "all labelled sentences", recipe.Folds, recipe.For(kind), cv.Elapsed);
                    Report(o, cv.Kind, trainer.Score(cv, d => d.Source == "report"), "report sentences only", recipe.Folds, recipe.For(kind), null);
                    Report(o, cv.Kind, trainer.Score(cv, d => d.Source == "news"), "news-style sentences only", recipe.Folds, recipe.For(kind), null);
                    var (wp, wn) = NeighbourContext.Default.For(kind);
                    float ws = NeighbourContext.Default.SectionFor(kind);
                    var neighboursOnly = trainer.ScoreWithContext(cv, wp, wn, d => true);
                    var inDocuments = trainer.ScoreWithContext(cv, wp, wn, d => true, ws);
                    // the two halves of the local authorities (report sentences), alone and in their documents
                    var aloneA = trainer.Score(cv, d => d.Source == "report" && Half(d.Group) == 0);
                    var aloneB = trainer.Score(cv, d => d.Source == "report" && Half(d.Group) == 1);
                    var docA = trainer.ScoreWithContext(cv, wp, wn, d => d.Source == "report" && Half(d.Group) == 0, ws);
                    var docB = trainer.ScoreWithContext(cv, wp, wn, d => d.Source == "report" && Half(d.Group) == 1, ws);
                    o.WriteLine(FormattableString.Invariant($"{kind.Name()} halves of the local authorities (report sentences): alone A {aloneA.Accuracy:0.0000}/{aloneA.MacroF1:0.0000} B {aloneB.Accuracy:0.0000}/{aloneB.MacroF1:0.0000}; in documents A {docA.Accuracy:0.0000}/{docA.MacroF1:0.0000} B {docB.Accuracy:0.0000}/{docB.MacroF1:0.0000}"));
                    o.WriteLine(FormattableString.Invariant($"{kind.Name()} (all labelled sentences, in their documents: each also takes {wp:0.##} x the previous and {wn:0.##} x the next sentence's log-probabilities, and {ws:0.##} x its report section's bias (fitted to the other folds), as the pipeline does): accuracy {inDocuments.Accuracy:0.0000}, macro-F1 {inDocuments.MacroF1:0.0000}; with the neighbours only: accuracy {neighboursOnly.Accuracy:0.0000}, macro-F1 {neighboursOnly.MacroF1:0.0000}"));
                    if (parse.GetValue(sectionGrid))
                    {
                        foreach (float w in (ReadOnlySpan<float>)[0f, 0.25f, 0.5f, 0.75f, 1f, 1.25f, 1.5f, 2f])
                        {
                            var all = trainer.ScoreWithContext(cv, wp, wn, d => true, w);
                            var a = trainer.ScoreWithContext(cv, wp, wn, d => d.Source == "report" && Half(d.Group) == 0, w);
                            var b = trainer.ScoreWithContext(cv, wp, wn, d => d.Source == "report" && Half(d.Group) == 1, w);
                            o.WriteLine(FormattableString.Invariant($"  section grid {kind.Name()} weight {w:0.00}: all {all.Accuracy:0.0000}/{all.MacroF1:0.0000}  local authorities half A {a.Accuracy:0.0000}/{a.MacroF1:0.0000} (n={a.Count})  half B {b.Accuracy:0.0000}/{b.MacroF1:0.0000} (n={b.Count})"));
                        }
                    }
                    if (parse.GetValue(contextGrid))
                    {
                        foreach (float p in (ReadOnlySpan<float>)[0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f])
                        {
                            var line = new StringBuilder(FormattableString.Invariant($"  context grid {kind.Name()} previous {p:0.0}:"));
                            foreach (float n in (ReadOnlySpan<float>)[0f, 0.1f, 0.2f, 0.3f, 0.4f])
                            {
                                var m = trainer.ScoreWithContext(cv, p, n, d => d.Source == "report");
                                line.Append(FormattableString.Invariant($"  next {n:0.0} {m.Accuracy:0.0000}/{m.MacroF1:0.0000}"));
                            }

                            o.WriteLine(line.ToString());
                        }
                    }

                    results.Add(cv);
                }

                if (parse.GetValue(exportPredictions) is { } predictionsPath) ExportPredictions(predictionsPath, data, trainer.Folds, results);
                if (parse.GetValue(exportDocuments) is { } documentsPath && layouts is not null) ExportDocuments(documentsPath, layouts, results);
            }

            if (parse.GetValue(noWrite)) return 0;

            string outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            var trainWatch = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            // the models are independent: each trains on its own thread (up to --threads), and each
            // model is the same whatever the thread count
            int modelThreads = Math.Clamp(trainer.Threads, 1, kinds.Count);
            var trained = new (LinearModel Model, TrainingLog Log)[kinds.Count];
            Parallel.For(0, kinds.Count, new ParallelOptions { MaxDegreeOfParallelism = modelThreads }, i =>
            {
                var log = new TrainingLog();
                trained[i] = (trainer.Train(kinds[i], log), log);
            });

            var files = new List<(string Path, byte[] Bytes)>();
            for (int i = 0; i < kinds.Count; i++)
            {
                var (model, log) = trained[i];
                var bytes = ModelFile.ToBytes(model);
                string path = Path.Combine(outDir, kinds[i].FileName());
                File.WriteAllBytes(path, bytes);
                files.Add((path, bytes));
                o.WriteLine($"trained {kinds[i].Name()} on {data.Count} sentences in {log.Elapsed.TotalSeconds:0.00} s ({log.Iterations} L-BFGS iterations, objective {log.Objective:0.00000}); {model.Buckets.Length} weighted buckets");
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            o.WriteLine($"training time (all {data.Count} labelled sentences, {kinds.Count} models, {modelThreads} thread{(modelThreads == 1 ? "" : "s")}, featurising excluded): {trainWatch.Elapsed.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU; whole command {total.Elapsed.TotalSeconds:0.0} s");
            // the section prior: fitted to the out-of-fold predictions of every fold (what the models
            // will see in new reports), so it needs the cross-validation above
            string sectionsPath = Path.Combine(outDir, SectionPrior.FileName);
            if (results.Count > 0)
            {
                var prior = trainer.FitSectionPrior(results, NeighbourContext.Default);
                if (File.Exists(sectionsPath) && results.Count < ModelKinds.All.Count())
                {
                    // models not retrained this time keep their biases
                    prior = prior.Merge(SectionPrior.Parse(File.ReadAllText(sectionsPath, Encoding.UTF8), sectionsPath));
                }

                var bytes = Encoding.UTF8.GetBytes(prior.ToText());
                File.WriteAllBytes(sectionsPath, bytes);
                files.Add((sectionsPath, bytes));
            }
            else
            {
                Cli.Io.Stderr.WriteLine($"warning: {sectionsPath} not refitted: the section prior is fitted to cross-validated predictions (run without --folds 0)");
            }

            foreach (var (path, bytes) in files)
            {
                o.WriteLine($"wrote {path} ({bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}...)");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Which half of the local authorities a group falls in (a fixed hash of its name, for checking tuned weights on two halves).</summary>
    private static int Half(string group)
    {
        uint h = 2166136261;
        foreach (char c in group) h = (h ^ c) * 16777619;
        return (int)(h >> 31);
    }

    private static SentenceModelRecipe Apply(SentenceModelRecipe r, string setting)
    {
        int eq = setting.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0) throw new FormatException($"--set expects key=value, not '{setting}'");
        string key = setting[..eq].Trim();
        string value = setting[(eq + 1)..].Trim();
        var inv = CultureInfo.InvariantCulture;
        int I() => int.Parse(value, inv);
        double D() => double.Parse(value, inv);
        var f = r.Featurizer;
        return key switch
        {
            "hash_bits" => r with { Featurizer = f with { HashBits = I() } },
            "char_min" => r with { Featurizer = f with { CharNgramMin = I() } },
            "char_max" => r with { Featurizer = f with { CharNgramMax = I() } },
            "word_ngrams" => r with { Featurizer = f with { WordNgramLength = I() } },
            "negation_window" => r with { Featurizer = f with { NegationWindow = I() } },
            "contrast" => r with { Featurizer = f with { ContrastFeatures = value is "1" or "true" } },
            "word_weight" => r with { Featurizer = f with { WordWeight = (float)D() } },
            "char_weight" => r with { Featurizer = f with { CharWeight = (float)D() } },
            "lexicon_weight" => r with { Featurizer = f with { LexiconWeight = (float)D() } },
            "news_weight" => r with { NewsWeight = (float)D() },
            "embedding_weight" => r with { Featurizer = f with { EmbeddingWeight = (float)D() } },
            "embedding_mean" => r with { Featurizer = f with { EmbeddingMean = value is "1" or "true" } },
            "embedding_dim" => r with { EmbeddingDimension = I() },
            "embedding_window" => r with { EmbeddingWindow = I() },
            "embedding_min_count" => r with { EmbeddingMinCount = I() },
            "embedding_max_words" => r with { EmbeddingMaxWords = I() },
            "l2_sentiment" => r with { Sentiment = r.Sentiment with { L2 = D() } },
            "l2_area" => r with { Area = r.Area with { L2 = D() } },
            "l2_fine_area" => r with { FineArea = r.FineArea with { L2 = D() } },
            "class_weight_sentiment" => r with { Sentiment = r.Sentiment with { ClassWeightPower = D() } },
            "class_weight_area" => r with { Area = r.Area with { ClassWeightPower = D() } },
            "class_weight_fine_area" => r with { FineArea = r.FineArea with { ClassWeightPower = D() } },
            "iterations" => r with
            {
                Sentiment = r.Sentiment with { MaxIterations = I() },
                Area = r.Area with { MaxIterations = I() },
                FineArea = r.FineArea with { MaxIterations = I() },
            },
            _ => throw new FormatException($"unknown setting '{key}'"),
        };
    }

    private static string Describe(FeaturizerOptions f) => FormattableString.Invariant(
        $"2^{f.HashBits} buckets, word 1-{f.WordNgramLength}-grams, char {(f.CharNgramMin == 0 ? "none" : $"{f.CharNgramMin}-{f.CharNgramMax}-grams")}, negation window {f.NegationWindow}, contrast {(f.ContrastFeatures ? "on" : "off")}, block norms word {f.WordWeight} char {f.CharWeight}");

    private static void Describe(TextWriter o, List<LabelledSentence> data)
    {
        int reports = data.Count(d => d.Source == "report");
        int files = data.Where(d => d.File is not null).Select(d => d.File).Distinct().Count();
        int las = data.Where(d => d.Source == "report").Select(d => d.Group).Distinct().Count();
        o.WriteLine($"labelled sentences: {data.Count} ({reports} from {files} reports of {las} local authorities, {data.Count - reports} news-style written for the project)");
        foreach (var kind in ModelKinds.All)
        {
            var counts = SentenceLabelSets.For(kind).Select(l => $"{l} {data.Count(d => d.LabelFor(kind) == l)}");
            o.WriteLine($"  {kind.Name()}: {string.Join(", ", counts)}");
        }

        // the report sections the labelled sentences sit in, with their areas
        o.WriteLine($"report sections (area labels per section): {string.Join(" ", SentenceLabelSets.Area)}");
        for (int s = 0; s < ReportMining.Inspections.ReportSections.Count; s++)
        {
            var section = (ReportMining.Inspections.ReportSection)s;
            int n = data.Count(d => d.Source == "report" && d.Section == section);
            if (n == 0) continue;
            var areas = SentenceLabelSets.Area.Select(a => data.Count(d => d.Source == "report" && d.Section == section && d.Area == a));
            o.WriteLine($"  {SectionPrior.Name(section),-34} {n,6}: {string.Join(" ", areas.Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(5)))}");
        }
    }

    private static void Report(TextWriter o, ModelKind kind, ClassificationMetrics m, string scope, int folds, TrainerOptions options, TimeSpan? elapsed)
    {
        if (m.Count == 0) return;
        o.WriteLine();
        o.WriteLine(FormattableString.Invariant(
            $"{kind.Name()} ({scope}): {folds}-fold cross-validated accuracy {m.Accuracy:0.0000}, macro-F1 {m.MacroF1:0.0000} (n={m.Count}; L2 {options.L2:G4}, class weight power {options.ClassWeightPower:G3}{(elapsed is { } e ? $"; {e.TotalSeconds:0.0} s" : "")})"));
        o.WriteLine($"  {"class",-20} {"precision",9} {"recall",9} {"F1",9} {"support",8}");
        for (int c = 0; c < m.Classes.Length; c++)
        {
            o.WriteLine(FormattableString.Invariant($"  {m.Classes[c],-20} {m.Precision(c),9:0.0000} {m.Recall(c),9:0.0000} {m.F1(c),9:0.0000} {m.Support(c),8}"));
        }

        o.WriteLine("  confusion (rows gold, columns predicted): " + string.Join(" ", m.Classes.Select((c, i) => $"{i}={c}")));
        for (int g = 0; g < m.Classes.Length; g++)
        {
            var row = new StringBuilder($"  {g,2}:");
            for (int p = 0; p < m.Classes.Length; p++) row.Append(CultureInfo.InvariantCulture, $" {m.Confusion(g, p),5}");
            o.WriteLine(row);
        }
    }

    private static void ExportPredictions(string path, List<LabelledSentence> data, int[] folds, List<CrossValidationResult> results)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        for (int i = 0; i < data.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", data[i].Id);
            writer.WriteNumber("fold", folds[i]);
            writer.WriteString("text", data[i].Text);
            writer.WriteString("source", data[i].Source);
            writer.WriteString("group", data[i].Group);
            writer.WriteString("section", SectionPrior.Name(data[i].Section));
            foreach (var cv in results)
            {
                var classes = cv.Metrics.Classes;
                writer.WriteString(cv.Kind.Name(), data[i].LabelFor(cv.Kind));
                writer.WriteString(cv.Kind.Name() + "_predicted", classes[cv.Predicted[i]]);
                writer.WriteStartObject(cv.Kind.Name() + "_probabilities");
                for (int c = 0; c < classes.Length; c++) writer.WriteNumber(classes[c], Math.Round(cv.Probabilities[i][c], 4));
                writer.WriteEndObject();
                // the neighbours' out-of-fold log-probabilities (for analysis in context)
                foreach (var (name, logs) in (ReadOnlySpan<(string, float[]?[])>)[("previous", cv.PreviousLogProbabilities), ("next", cv.NextLogProbabilities)])
                {
                    if (i >= logs.Length || logs[i] is not { } l) continue;
                    writer.WriteStartArray(cv.Kind.Name() + "_" + name + "_log");
                    foreach (float x in l) writer.WriteNumberValue(Math.Round(x, 4));
                    writer.WriteEndArray();
                }
            }

            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }

        Cli.Io.Stderr.WriteLine($"exported out-of-fold predictions of {data.Count} sentences to {path}");
    }

    /// <summary>The sentences of one labelled report: spans, paragraphs, sections and normalised texts.</summary>
    private sealed record DocumentLayout(int[] Starts, int[] Ends, int[] Paragraphs, ReportSection[] Sections, string[] Texts)
    {
        public static DocumentLayout Read(string path)
        {
            using var d = ReportMining.Text.Document.Parse(File.ReadAllText(path, Encoding.UTF8));
            var s = d.SentenceSpan.ToArray();
            return new DocumentLayout(
                s.Select(x => x.Span.Start).ToArray(), s.Select(x => x.Span.End).ToArray(), s.Select(x => x.Paragraph).ToArray(),
                TrainingData.Sections(d), Array.ConvertAll(s, x => new string(d.NormalizedSlice(x.Span))));
        }
    }

    private static void ExportDocuments(string path, Dictionary<string, DocumentLayout> layouts, List<CrossValidationResult> results)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        foreach (var (file, layout) in layouts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteStartArray("sentences");
            for (int i = 0; i < layout.Texts.Length; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", layout.Starts[i]);
                writer.WriteNumber("end", layout.Ends[i]);
                writer.WriteNumber("paragraph", layout.Paragraphs[i]);
                writer.WriteString("section", SectionPrior.Name(layout.Sections[i]));
                foreach (var cv in results)
                {
                    if (!cv.DocumentLogProbabilities.TryGetValue(file, out var logs)) continue;
                    writer.WriteStartArray(cv.Kind.Name());
                    foreach (float x in logs[i]) writer.WriteNumberValue(Math.Round(x, 4));
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }

        Cli.Io.Stderr.WriteLine($"exported the out-of-fold log-probabilities of every sentence of {layouts.Count} reports to {path}");
    }

    private static void ExportFolds(string path, List<LabelledSentence> data, int[] folds)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        for (int i = 0; i < data.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", data[i].Id);
            writer.WriteNumber("fold", folds[i]);
            writer.WriteString("source", data[i].Source);
            writer.WriteString("text", data[i].Text);
            writer.WriteString("sentiment", data[i].Sentiment);
            writer.WriteString("area", data[i].Area);
            writer.WriteString("fine_area", data[i].Fine);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }

        Cli.Io.Stderr.WriteLine($"exported {data.Count} sentences with their folds to {path}");
    }
}
