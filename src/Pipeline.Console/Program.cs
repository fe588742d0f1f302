using System.Net;
using Microsoft.Extensions.Options;
using Pipeline.Console;
using Pipeline.Console.Api;
using Pipeline.Console.Indexing;
using Pipeline.Console.Pages;
using Pipeline.Console.Storage;
using Pipeline.Search.Indexing;

// The local console: read-only pages and a JSON API over the pipeline's containers, and a Lucene search index kept
// as a copy of the documents container. Listens on 127.0.0.1 only.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var settings = builder.Configuration.GetSection(ConsoleOptions.SectionName);
builder.Services.AddOptions<ConsoleOptions>().Bind(settings).ValidateDataAnnotations().ValidateOnStart();
var port = settings.GetValue(nameof(ConsoleOptions.Port), new ConsoleOptions().Port);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => ConsoleContainers.Create(builder.Configuration));
builder.Services.AddSingleton<InputCatalog>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<RawRecordReader>();
builder.Services.AddSingleton(_ => new Pipeline.Console.Documents.RemovalExplainer(
    builder.Configuration.GetSection(Pipeline.Core.Ingest.PipelineOptions.SectionName).Get<Pipeline.Core.Ingest.PipelineOptions>() ?? new Pipeline.Core.Ingest.PipelineOptions()));
builder.Services.AddSingleton<IndexState>();
builder.Services.AddSingleton(services => ArticleIndex.Open(Path.GetFullPath(services.GetRequiredService<IOptions<ConsoleOptions>>().Value.IndexPath)));
builder.Services.AddHostedService<IndexSyncService>();

var app = builder.Build();
app.UseSecurityHeaders();
app.MapConsolePages();
app.MapConsoleApi();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Console at http://127.0.0.1:{Port}/ (read-only; search index in {Path})", port, Path.GetFullPath(app.Services.GetRequiredService<IOptions<ConsoleOptions>>().Value.IndexPath)));
await app.RunAsync();
