using Screening.Functions;
using Screening.LocalHost;
using Screening.LocalHost.Uploads;

if (args is ["upload-lists", .. var paths])
{
    return await ListUploadCommand.RunAsync(paths, args);
}

var app = LocalFunctionHost.Build(args, (services, configuration) => services.AddScreening(configuration));
await app.RunAsync();
return 0;
